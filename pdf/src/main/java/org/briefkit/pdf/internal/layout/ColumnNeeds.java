package org.briefkit.pdf.internal.layout;

/**
 * What each column of a table needs, measured once at the table's own size, without padding.
 * Paragraphs and lists in cells are set in the table's size, so their widths scale with it;
 * headings, code and nested tables keep their own sizes, so theirs are fixed.
 *
 * @param words   the widest piece no line may break inside (a word, or a syllable where hyphenation
 *                may break), scaling with the table's size
 * @param natural the longest line unbroken, scaling
 * @param glyphs  the widest single character (a word longer than its column breaks between
 *                characters, never inside one), scaling
 * @param fixedWords   as {@code words}, for content of fixed size
 * @param fixedNatural as {@code natural}, for content of fixed size
 * @param fixedGlyphs  as {@code glyphs}, for content of fixed size (a nested table: its narrowest width)
 */
record ColumnNeeds(float[] words, float[] natural, float[] glyphs, float[] fixedWords, float[] fixedNatural,
        float[] fixedGlyphs) {

    ColumnNeeds(int columns) {
        this(new float[columns], new float[columns], new float[columns], new float[columns], new float[columns],
                new float[columns]);
    }

    int columns() {
        return words.length;
    }

    /** @return column {@code c}'s narrowest width for whole words at {@code scale} of the table's size */
    float word(int c, float scale) {
        return Math.max(words[c] * scale, fixedWords[c]);
    }

    /** @return column {@code c}'s natural width at {@code scale} */
    float natural(int c, float scale) {
        return Math.max(natural[c] * scale, fixedNatural[c]);
    }

    /** @return column {@code c}'s narrowest possible width, one character, at {@code scale} */
    float glyph(int c, float scale) {
        return Math.max(glyphs[c] * scale, fixedGlyphs[c]);
    }
}

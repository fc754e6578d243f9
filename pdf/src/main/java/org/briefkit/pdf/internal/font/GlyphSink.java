package org.briefkit.pdf.internal.font;

/**
 * Receives text encoded for drawing by {@link FontFace#encode}: characters drawn with the glyph
 * the font's cmap gives them, clusters of other glyphs (ligatures, alternates, .notdef) together
 * with the text they stand for, and moves of the pen between them.
 */
public interface GlyphSink {
    /** @param codePoint a character, drawn with its own glyph */
    void text(int codePoint);

    /**
     * @param glyphs     glyph ids in the font
     * @param count      how many of {@code glyphs} to draw
     * @param actualText the characters they represent, for text extraction
     */
    void glyphs(int[] glyphs, int count, String actualText);

    /** @param advance extra advance after what was drawn, in thousandths of an em; negative moves back */
    void adjust(float advance);
}

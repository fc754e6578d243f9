package org.briefkit.pdf.internal.layout;

/**
 * The size and padding a table is set in, so that no column is narrower than its text needs.
 * A table whose columns fit the measure at its own size and padding is set as it is. When they
 * do not, its cell padding is reduced first (down to {@link #MIN_PADDING} of the size on each
 * side), then the whole table is set smaller, in half points, down to {@link #FLOOR_SIZE}; the
 * first setting at which every column holds its widest word is taken. When no setting does,
 * words break between characters, and the first setting at which every column holds its widest
 * character is taken. When not even that fits at the floor, the table cannot be set without its
 * columns running into each other, and {@link #choose} answers null.
 *
 * @param size       the size of the table's text, in points
 * @param padX       the padding left and right of each cell's text
 * @param padY       the padding above and below
 * @param scale      {@code size} over the table's own size
 * @param wholeWords whether every column holds its widest word
 */
record TableFit(float size, float padX, float padY, float scale, boolean wholeWords) {
    /**
     * The smallest size a table is set in, in points: the size of the smallest type commonly printed
     * for reading (stock and sports tables in newspapers, dictionaries' fine print run 5 to 6 pt);
     * below it print stops being legible, whatever the table's own size was. A table already
     * smaller than this is never set smaller.
     */
    static final float FLOOR_SIZE = 5f;
    /** Padding each side of a cell's text at the table's own size, as a share of its size. */
    static final float PADDING = 0.55f;
    /**
     * The least padding each side of a cell's text, as a share of the size: two of them make a
     * thin space (a fifth of an em) between neighbouring columns, the narrowest gap that still
     * reads as a break between two numbers.
     */
    static final float MIN_PADDING = 0.1f;
    /** Padding above and below a cell's text, as a share of its size. */
    static final float PADDING_Y = 0.35f;
    /** Added to every column's width so rounding never makes a line that fits overflow. */
    static final float SLACK = 0.5f;
    private static final float STEP = 0.5f;

    /**
     * @param needs what the columns need at the table's own size
     * @param base  the table's own size, in points
     * @param total the measure the table must fit, in points
     * @return the largest setting that fits, or null when none does down to the floor
     */
    static TableFit choose(ColumnNeeds needs, float base, float total) {
        TableFit fit = choose(needs, base, total, true);
        return fit != null ? fit : choose(needs, base, total, false);
    }

    private static TableFit choose(ColumnNeeds needs, float base, float total, boolean words) {
        int n = needs.columns();
        // at the table's own size: the largest padding, from the natural one down to the least, that fits
        float content = content(needs, 1f, words);
        float pad = Math.min(PADDING * base, (total - content - n * SLACK) / (2 * n));
        if (pad >= MIN_PADDING * base) {
            return new TableFit(base, pad, PADDING_Y * base, 1f, words);
        }
        float floor = floor(base);
        for (float size = base - STEP; ; size -= STEP) {
            size = Math.max(size, floor);
            if (fits(needs, base, size, total, words)) {
                return new TableFit(size, MIN_PADDING * size, PADDING_Y * size, size / base, words);
            }
            if (size <= floor) {
                return null;
            }
        }
    }

    /** @return the smallest size a table of size {@code base} is set in */
    static float floor(float base) {
        return Math.min(base, FLOOR_SIZE);
    }

    /** @return whether every column holds its widest word (or character) at {@code size}, least padding */
    private static boolean fits(ColumnNeeds needs, float base, float size, float total, boolean words) {
        float scale = size / base;
        return content(needs, scale, words) + needs.columns() * (2 * MIN_PADDING * size + SLACK) <= total;
    }

    private static float content(ColumnNeeds needs, float scale, boolean words) {
        float sum = 0;
        for (int c = 0; c < needs.columns(); c++) {
            sum += words ? needs.word(c, scale) : needs.glyph(c, scale);
        }
        return sum;
    }

    /**
     * @param words whether every column must hold its widest word, or only one character
     * @return the narrowest the table can be set, at the floor with the least padding
     */
    static float narrowest(ColumnNeeds needs, float base, boolean words) {
        float size = floor(base);
        return content(needs, size / base, words) + needs.columns() * (2 * MIN_PADDING * size + SLACK);
    }

    /** @return how many columns, from the first, fit {@code total} at the floor one character each */
    static int fitting(ColumnNeeds needs, float base, float total) {
        float size = floor(base);
        float used = 0;
        for (int c = 0; c < needs.columns(); c++) {
            used += needs.glyph(c, size / base) + 2 * MIN_PADDING * size + SLACK;
            if (used > total) {
                return c;
            }
        }
        return needs.columns();
    }

    /** @return column {@code c}'s narrowest width for whole words in this setting, padding included */
    float word(ColumnNeeds needs, int c) {
        return needs.word(c, scale) + 2 * padX + SLACK;
    }

    /** @return column {@code c}'s natural width in this setting, padding included */
    float natural(ColumnNeeds needs, int c) {
        return needs.natural(c, scale) + 2 * padX + SLACK;
    }

    /** @return column {@code c}'s narrowest possible width in this setting, padding included */
    float glyph(ColumnNeeds needs, int c) {
        return needs.glyph(c, scale) + 2 * padX + SLACK;
    }
}

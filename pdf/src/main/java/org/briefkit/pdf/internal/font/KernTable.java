package org.briefkit.pdf.internal.font;

/**
 * A font's kerning pairs by glyph, in thousandths of an em, in an open-addressing hash table of
 * primitive ints: measuring a line looks up the pair of every two characters, and OpenPDF's
 * {@code getKerning} (two boxed cmap lookups, then a chained hash table) was a sixth of a PDF
 * render's time. Holds exactly the pairs OpenPDF reads (see {@link OpenTypeFile#kernTable()}), so
 * both give the same values. Immutable; safe to share between threads.
 */
final class KernTable {
    static final KernTable EMPTY = new KernTable(new int[0], new int[0], 0, new long[0], new long[0]);

    private final int[] keys;
    private final int[] values;
    private final int mask;
    /** The value of the pair of glyph 0 with itself, whose key is the empty slot's. */
    private final int zeroPair;
    /**
     * The glyphs that start a pair, and those that end one, as bit sets: most pairs of letters
     * in running text have no kerning, and most of them are ruled out here without a probe.
     */
    private final long[] firsts;
    private final long[] seconds;

    private KernTable(int[] keys, int[] values, int zeroPair, long[] firsts, long[] seconds) {
        this.keys = keys;
        this.values = values;
        this.mask = keys.length - 1;
        this.zeroPair = zeroPair;
        this.firsts = firsts;
        this.seconds = seconds;
    }

    /**
     * @param pairs  keys, {@code first << 16 | second}, as the kern table lists them
     * @param values their values, in thousandths of an em; a later pair replaces an earlier one
     * @param count  how many of them to take
     */
    static KernTable of(int[] pairs, int[] values, int count) {
        if (count == 0) {
            return EMPTY;
        }
        int size = Integer.highestOneBit(Math.max(4, count * 3)) << 1;
        int[] k = new int[size];
        int[] v = new int[size];
        long[] firsts = new long[1024];
        long[] seconds = new long[1024];
        int zero = 0;
        for (int i = 0; i < count; i++) {
            int key = pairs[i];
            int first = key >>> 16;
            int second = key & 0xFFFF;
            firsts[first >>> 6] |= 1L << first;
            seconds[second >>> 6] |= 1L << second;
            if (key == 0) {
                zero = values[i];
                continue;
            }
            int at = slot(key, size - 1);
            while (k[at] != 0 && k[at] != key) {
                at = (at + 1) & (size - 1);
            }
            k[at] = key;
            v[at] = values[i];
        }
        return new KernTable(k, v, zero, firsts, seconds);
    }

    /** @return whether the table holds no pairs */
    boolean isEmpty() {
        return keys.length == 0;
    }

    /** @return the kerning between two glyphs, 0 when the font lists none */
    int get(int first, int second) {
        if (keys.length == 0 || (first | second) >>> 16 != 0) {
            return 0;
        }
        if ((firsts[first >>> 6] & (1L << first)) == 0 || (seconds[second >>> 6] & (1L << second)) == 0) {
            return 0;
        }
        int key = (first << 16) + second;
        if (key == 0) {
            return zeroPair;
        }
        int at = slot(key, mask);
        while (true) {
            int k = keys[at];
            if (k == key) {
                return values[at];
            }
            if (k == 0) {
                return 0;
            }
            at = (at + 1) & mask;
        }
    }

    private static int slot(int key, int mask) {
        int h = key * 0x9E3779B9;
        return (h ^ (h >>> 16)) & mask;
    }
}

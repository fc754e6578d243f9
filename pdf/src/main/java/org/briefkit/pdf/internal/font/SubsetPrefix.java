package org.briefkit.pdf.internal.font;

import java.security.SecureRandom;

/**
 * The "random" source OpenPDF draws a subset font's six-letter name prefix from, made fixed so
 * that the same input always gives the same bytes. OpenPDF asks for exactly six doubles per
 * prefix, one after another on the rendering thread; this source hands out the same six letters
 * (derived from the font's content and name) in that order, whatever thread or render used the
 * font before.
 * Only the position within the current group of six is remembered, per thread.
 */
final class SubsetPrefix extends SecureRandom {
    private static final long serialVersionUID = 1L;
    private static final int LETTERS = 6;

    private final transient double[] values = new double[LETTERS];
    private final transient ThreadLocal<int[]> cursor = ThreadLocal.withInitial(() -> new int[1]);

    /**
     * @param seed the font's identity (its content digest and PostScript name, never a path); the
     *             same seed gives the same prefix
     */
    SubsetPrefix(String seed) {
        super(new byte[0]);
        long h = 1125899906842597L;
        for (int i = 0; i < seed.length(); i++) {
            h = 31 * h + seed.charAt(i);
        }
        for (int i = 0; i < LETTERS; i++) {
            h ^= h >>> 33;
            h *= 0xff51afd7ed558ccdL;
            h ^= h >>> 33;
            int letter = (int) Math.floorMod(h, 26L);
            values[i] = (letter + 0.5) / 26.0;
        }
    }

    /** @return the prefix OpenPDF will write, such as {@code KQWPRA} (without the '+') */
    String prefix() {
        StringBuilder out = new StringBuilder(LETTERS);
        for (double v : values) {
            out.append((char) (v * 26 + 'A'));
        }
        return out.toString();
    }

    @Override
    public double nextDouble() {
        int[] at = cursor.get();
        double v = values[at[0]];
        at[0] = (at[0] + 1) % LETTERS;
        return v;
    }
}

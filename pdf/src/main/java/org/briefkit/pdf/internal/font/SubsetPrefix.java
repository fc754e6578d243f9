package org.briefkit.pdf.internal.font;

import java.security.SecureRandom;

/**
 * The "random" source OpenPDF draws a subset font's six-letter name prefix from, made fixed so
 * that the same input always gives the same bytes. The prefix is derived from the font (its
 * content digest and PostScript name, never a path) and from the document being written (its
 * identity, set for the writing thread with {@link #forDocument}): two documents that subset the
 * same font differently name their subsets differently, as the PDF standard asks, so tools that
 * merge PDFs do not take one subset for the other. OpenPDF asks for exactly six doubles per
 * prefix, one after another on the thread closing the PDF; this source hands them out in that
 * order. The position within the current group of six is remembered per thread.
 */
final class SubsetPrefix extends SecureRandom {
    private static final long serialVersionUID = 1L;
    private static final int LETTERS = 6;
    private static final ThreadLocal<long[]> DOCUMENT = ThreadLocal.withInitial(() -> new long[1]);

    private final long font;
    private final transient ThreadLocal<int[]> cursor = ThreadLocal.withInitial(() -> new int[1]);

    /** @param seed the font's identity; the same seed and document give the same prefix */
    SubsetPrefix(String seed) {
        super(new byte[0]);
        long h = 1125899906842597L;
        for (int i = 0; i < seed.length(); i++) {
            h = 31 * h + seed.charAt(i);
        }
        font = h;
    }

    /**
     * @param document the identity of the document this thread writes next (0 for none); its
     *                 subsets' prefixes mix it in until the next call
     */
    static void forDocument(long document) {
        DOCUMENT.get()[0] = document;
    }

    /** @return the prefix OpenPDF will write on this thread, such as {@code KQWPRA} (without the '+') */
    String prefix() {
        StringBuilder out = new StringBuilder(LETTERS);
        for (int i = 0; i < LETTERS; i++) {
            out.append((char) ('A' + letter(i)));
        }
        return out.toString();
    }

    @Override
    public double nextDouble() {
        int[] at = cursor.get();
        int letter = letter(at[0]);
        at[0] = (at[0] + 1) % LETTERS;
        return (letter + 0.5) / 26.0;
    }

    /** @return the {@code index}th letter, 0 to 25, for this font and the thread's document */
    private int letter(int index) {
        long h = font ^ DOCUMENT.get()[0] * 0x9E3779B97F4A7C15L;
        for (int i = 0; i <= index; i++) {
            h ^= h >>> 33;
            h *= 0xff51afd7ed558ccdL;
            h ^= h >>> 33;
        }
        return (int) Math.floorMod(h, 26L);
    }
}

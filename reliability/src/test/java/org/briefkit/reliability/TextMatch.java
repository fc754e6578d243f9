package org.briefkit.reliability;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Finds a stream of expected words, in order, in the text extracted from a rendered file.
 *
 * <p>Both sides go through the same normalization (for the PDF: white space, hyphens, marks and
 * case set aside, see {@link PdfCheck}) and the extracted text becomes one string without white
 * space. Each word must then be found after the end of the one before it, as a whole; or, where
 * something drawn later in the content stream stands between the parts of a hyphenated or
 * over-long word (the running heads and footnotes at a page break, an endnote's number after its
 * first line, the other cells of a table row cut at a page break), as 2 to {@value #MAX_PIECES}
 * pieces, the first before the word's next whole occurrence and each next within {@value #GAP}
 * characters of the one before; a piece may be one character (an over-long word in a narrow
 * column breaks anywhere). A stream is first matched with whole words, pieces only for a word
 * found nowhere later; only when that fails is it matched again preferring pieces wherever they
 * end before the word is next found whole (a word split here and found whole further on). Splits are counted and reported. The DOCX check allows no splits.
 */
final class TextMatch {
    /** How far apart the pieces of one split word may lie: a page's furniture and footnotes. */
    static final int GAP = 8_000;
    /** The most pieces one word may be found in. */
    static final int MAX_PIECES = 8;
    private static final boolean DEBUG = Boolean.getBoolean("reliability.debug");

    /** How many starts of a split word's first piece are tried. */
    private static final int FIRST_TRIES = 500;

    private final String haystack;
    private final UnaryOperator<String> normalize;
    private final boolean splitsAllowed;
    private int splits;

    /**
     * @param extracted     the text read back from the file
     * @param normalize     what both sides go through
     * @param splitsAllowed whether a word may be found in pieces (PDF: yes; DOCX: no)
     */
    TextMatch(String extracted, UnaryOperator<String> normalize, boolean splitsAllowed) {
        this.haystack = normalize.apply(extracted);
        this.normalize = normalize;
        this.splitsAllowed = splitsAllowed;
    }

    /** @return how many words were found split over a page boundary */
    int splits() {
        return splits;
    }

    /** @return the normalized extracted text */
    String haystack() {
        return haystack;
    }

    /**
     * @param name  the stream's name, for the message
     * @param words the expected words, in order
     * @return a description of the first word that is missing or out of order; empty when all are found
     */
    Optional<String> find(String name, List<String> words) {
        Optional<String> strict = find(name, words, false);
        if (strict.isEmpty() || !splitsAllowed) {
            return strict;
        }
        Optional<String> lenient = find(name, words, true);
        return lenient.isEmpty() ? lenient : Optional.of(lenient.get() + " [allowing split words; with whole words only: "
                + strict.get() + "]");
    }

    /** One pass: whole words only, or split words preferred where they end before the whole one. */
    private Optional<String> find(String name, List<String> words, boolean preferPieces) {
        int pos = 0;
        int split = 0;
        for (int i = 0; i < words.size(); i++) {
            String word = normalize.apply(words.get(i));
            if (word.isEmpty()) {
                continue;
            }
            int whole = haystack.indexOf(word, pos);
            int pieces = splitsAllowed && (preferPieces || whole < 0) && word.length() >= 2 ? pieces(word, pos, whole) : -1;
            if (DEBUG) {
                System.out.println(name + " #" + i + " '" + word + "' from " + pos + ": whole at " + whole
                        + ", pieces end " + pieces + " [" + haystack.substring(pos, Math.min(haystack.length(), pos + 60)) + "]");
            }
            if (pieces >= 0 && (whole < 0 || pieces <= whole)) {
                split++;
                pos = pieces;
                continue;
            }
            if (whole >= 0) {
                pos = whole + word.length();
                continue;
            }
            return Optional.of(name + ": word " + i + " of " + words.size() + " '" + words.get(i) + "' (normalized '"
                    + word + "') is not found after " + context(words, i) + "; the text from there reads '"
                    + excerpt(pos) + "'" + (haystack.indexOf(word) >= 0 ? " (it is found earlier, out of order)" : ""));
        }
        splits += split;
        return Optional.empty();
    }

    /**
     * @param before where the word's next whole occurrence starts, or -1
     * @return where the word ends soonest when found in 2 to MAX_PIECES pieces, or -1. The first
     *         piece may start anywhere after pos and before the next whole occurrence (each start is
     *         tried, up to FIRST_TRIES); each next piece is the longest part of the rest that appears
     *         within GAP of the end of the one before.
     */
    private int pieces(String word, int pos, int before) {
        int limit = before >= 0 ? before : haystack.length();
        char first = word.charAt(0);
        int tries = 0;
        int best = -1;
        for (int s = haystack.indexOf(first, pos); s >= 0 && s < limit && tries < FIRST_TRIES;
                s = haystack.indexOf(first, s + 1), tries++) {
            int m = match(s, word, 0);
            if (m == word.length()) {
                continue; // the whole word: not a split
            }
            int p = s + m;
            int r = m;
            int made = 1;
            while (r < word.length() && made < MAX_PIECES) {
                int bestAt = -1;
                int bestLength = 0;
                int end = Math.min(haystack.length(), p + GAP);
                for (int t = haystack.indexOf(word.charAt(r), p); t >= 0 && t < end;
                        t = haystack.indexOf(word.charAt(r), t + 1)) {
                    int length = match(t, word, r);
                    if (length > bestLength) {
                        bestLength = length;
                        bestAt = t;
                        if (r + length == word.length()) {
                            break;
                        }
                    }
                }
                if (bestAt < 0) {
                    break;
                }
                p = bestAt + bestLength;
                r += bestLength;
                made++;
            }
            if (r == word.length() && (best < 0 || p < best)) {
                best = p;
            }
        }
        return best;
    }

    /** @return how many characters of the word from {@code r} on match the haystack from {@code at} on */
    private int match(int at, String word, int r) {
        int m = 0;
        while (r + m < word.length() && at + m < haystack.length() && haystack.charAt(at + m) == word.charAt(r + m)) {
            m++;
        }
        return m;
    }

    private static String context(List<String> words, int i) {
        StringBuilder out = new StringBuilder("'");
        for (int k = Math.max(0, i - 4); k < i; k++) {
            out.append(k > Math.max(0, i - 4) ? " " : "").append(shorten(words.get(k)));
        }
        return out.append("'").toString();
    }

    private String excerpt(int pos) {
        return shorten(haystack.substring(pos, Math.min(haystack.length(), pos + 160)));
    }

    static String shorten(String s) {
        return s.length() <= 160 ? s : s.substring(0, 150) + "...(" + s.length() + " chars)";
    }
}

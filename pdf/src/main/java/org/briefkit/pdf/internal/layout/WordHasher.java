package org.briefkit.pdf.internal.layout;

import org.briefkit.render.FormatControls;

/**
 * Splits text into words and hashes each, the same way for the document's model and for the
 * laid-out pages, so the two can be compared as multisets ({@link WordCheck}). A word is a run
 * of letters, marks and digits, case-folded (small capitals are drawn as capitals); format
 * characters (soft hyphens, zero-width spaces and joiners, direction marks) are skipped without
 * ending a word, and everything else (spaces, punctuation, quotes, dashes, symbols) ends one,
 * so typographic replacements and hyphens never make two sides differ.
 *
 * <p>A word is also tracked as pieces split by {@link #split()}: where
 * the layout continues a word in another run (a hyphenated line end, a change of style) both
 * the pieces and the whole are counted, so a word joined wrongly still leaves its pieces.
 */
final class WordHasher {
    /** The base of the polynomial hash; odd, so powers never vanish modulo 2^64. */
    static final long BASE = 0x100000001B3L;

    static final byte SEPARATOR = 0;
    static final byte WORD = 1;
    private static final byte[] ASCII = new byte[128];

    static {
        for (int c = '0'; c <= '9'; c++) {
            ASCII[c] = WORD;
        }
        for (int c = 'a'; c <= 'z'; c++) {
            ASCII[c] = WORD;
            ASCII[c - 32] = WORD;
        }
    }

    private final WordCount out;
    private final boolean remove;
    private long whole;
    private int wholeLength;
    /** The word's hash and length where the current piece starts (0: the word is one piece). */
    private long pieceFrom;
    private int pieceFromLength;
    /** A piece ended by {@link #split()}, counted only if the word goes on (else it is the whole word). */
    private long pending;
    private int pendingLength;

    /** @param out where each word's hash is counted */
    WordHasher(WordCount out) {
        this(out, false);
    }

    /**
     * @param out    the count to change
     * @param remove whether each word is taken away from it ({@link WordCount#remove}) rather than added
     */
    WordHasher(WordCount out, boolean remove) {
        this.out = out;
        this.remove = remove;
    }

    /** Adds text; words may continue from the text added before. */
    void add(String text) {
        // the state in locals: this loop runs over every character of the document, twice per render
        long w = whole;
        int wl = wholeLength;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            int folded;
            if (c < 128) {
                if (ASCII[c] != WORD) {
                    if (wl > 0) {
                        count(w, wl);
                        w = 0;
                        wl = 0;
                    }
                    continue;
                }
                folded = c | 0x20; // lower case; digits already have the bit
            } else {
                int cp = c;
                if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                    cp = Character.toCodePoint(c, text.charAt(++i));
                }
                int kind = kind(cp);
                if (kind == Character.FORMAT) {
                    continue;
                }
                if (kind != WORD) {
                    if (wl > 0) {
                        count(w, wl);
                        w = 0;
                        wl = 0;
                    }
                    continue;
                }
                folded = fold(cp);
            }
            if (pendingLength > 0) {
                put(key(pending, pendingLength), pendingLength);
                pendingLength = 0;
            }
            w = w * BASE + folded + 1;
            wl++;
        }
        whole = w;
        wholeLength = wl;
    }

    /** Counts a word, and its last piece when the word was split. */
    private void count(long w, int wl) {
        put(key(w, wl), wl);
        if (pieceFromLength > 0 && pieceFromLength < wl) {
            int pl = wl - pieceFromLength;
            put(key(w - pieceFrom * power(pl), pl), pl);
        } else if (pendingLength > 0 && pendingLength < wl) {
            put(key(pending, pendingLength), pendingLength); // split at its very end: "1" + "ꉝ" + "™"
        }
        pieceFrom = 0;
        pieceFromLength = 0;
        pendingLength = 0;
    }

    private void put(long key, int length) {
        if (remove) {
            out.remove(key);
        } else {
            out.add(key, length);
        }
    }

    /** @return {@link #BASE} to the power {@code k}, modulo 2^64 */
    static long power(int k) {
        long result = 1;
        long b = BASE;
        for (int e = k; e > 0; e >>= 1) {
            if ((e & 1) != 0) {
                result *= b;
            }
            b *= b;
        }
        return result;
    }

    /** @return {@link #WORD}, {@link Character#FORMAT}, or {@link #SEPARATOR} */
    static int kind(int cp) {
        if (FormatControls.isFormatControl(cp)) {
            return Character.FORMAT; // dropped from drawing, so skipped here too (U+2065 is unassigned)
        }
        switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.NON_SPACING_MARK,
                    Character.COMBINING_SPACING_MARK, Character.ENCLOSING_MARK, Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER, Character.OTHER_NUMBER:
                return WORD;
            case Character.FORMAT:
                return Character.FORMAT;
            default:
                return SEPARATOR;
        }
    }

    /** @return the code point case-folded: {@code ς}, {@code Σ} and {@code σ} alike */
    static int fold(int cp) {
        return cp < 128 ? (cp >= 'A' && cp <= 'Z' ? cp | 0x20 : cp)
                : Character.toLowerCase(Character.toUpperCase(cp));
    }

    /** Ends the current word, if any: counts it, and its last piece when that is not all of it. */
    void end() {
        if (wholeLength > 0) {
            count(whole, wholeLength);
        }
        whole = 0;
        wholeLength = 0;
        pieceFrom = 0;
        pieceFromLength = 0;
        pendingLength = 0;
    }

    /** The current word may go on, but what came so far is also counted as a piece of it if it does. */
    void split() {
        int pl = wholeLength - pieceFromLength;
        if (pl > 0) {
            pending = whole - pieceFrom * power(pl);
            pendingLength = pl;
        }
        pieceFrom = whole;
        pieceFromLength = wholeLength;
    }

    /** @return the key a word is counted under, from its polynomial hash and length */
    static long key(long polynomial, int length) {
        return polynomial + length * 0xC2B2AE3D27D4EB4FL; // WordCount spreads the bits; the length tells "a" from "\0a"
    }
}

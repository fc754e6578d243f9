package org.briefkit.pdf.internal.text;

/**
 * Where a word may be hyphenated. The line breaker asks only for words it may break; an
 * implementation answers for one language.
 */
@FunctionalInterface
public interface Hyphenation {
    /** No hyphenation at all. */
    Hyphenation NONE = word -> new int[0];

    /**
     * @param word a word of letters only, as written (any case)
     * @return offsets into the word before which a hyphen may go, ascending, each in
     *         {@code 1..word.length()-1}
     */
    int[] points(String word);
}

package org.briefkit.pdf.internal.hyphen;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Where a word may be hyphenated, found with Knuth and Liang's patterns as TeX finds them.
 *
 * <p>A pattern such as {@code hy3ph} says how strongly the gaps around its letters favour
 * (odd digits) or forbid (even digits) a hyphen; every pattern found in a word votes on the
 * gaps it covers, the highest digit wins, and the odd gaps are the hyphenation points.
 * Whole words listed as exceptions take their points from the list instead.
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public final class Hyphenator {
    private static final String RESOURCES = "/org/briefkit/pdf/hyphen/";

    /** Shorter words are left whole: a break in them saves little and reads badly. */
    private static final int MIN_LETTERS = 5;

    /** Both English pattern files ask for these minimums (their "hyphenmins"), as TeX's defaults do. */
    private static final int ENGLISH_LEFT_MIN = 2;
    private static final int ENGLISH_RIGHT_MIN = 3;

    /** Regions whose English follows British spelling, and so British hyphenation. */
    private static final Set<String> BRITISH_REGIONS = Set.of("GB", "IE", "AU", "NZ", "ZA", "IN");

    /**
     * Clitics after an apostrophe that leave the English word before them whole (the president's).
     * In n't the n stays with the word, where the right minimum keeps it from being split off.
     */
    private static final String[] CLITICS = {"s", "t", "d", "m", "ll", "re", "ve"};

    private static final int[] NO_POINTS = {};

    private static final ConcurrentMap<String, Hyphenator> LOADED = new ConcurrentHashMap<>();

    /**
     * How many words' points are remembered. Running text repeats its words (a report of 150
     * pages has some 50,000 words and a few thousand distinct ones), and Liang's algorithm walks
     * the pattern trie from every letter of a word, so most words are answered from here. About
     * 100 bytes a word; when full, the cache starts again.
     */
    private static final int CACHED_WORDS = 20_000;

    private final String tag;
    private final int leftMin;
    private final int rightMin;
    private final Trie patterns;
    /** The pattern ending at trie node n holds priorities {@code [value(n), value(n) + letters]}. */
    private final byte[] priorities;
    private final Trie exceptions;
    /** The exception ending at trie node n has the points {@code exceptionPoints[value(n)]}. */
    private final int[][] exceptionPoints;
    /** Points already found, by word as written; shared by every render and thread. */
    private final ConcurrentMap<String, int[]> cache = new ConcurrentHashMap<>();

    private Hyphenator(String tag, int leftMin, int rightMin, Trie patterns, byte[] priorities,
            Trie exceptions, int[][] exceptionPoints) {
        this.tag = tag;
        this.leftMin = leftMin;
        this.rightMin = rightMin;
        this.patterns = patterns;
        this.priorities = priorities;
        this.exceptions = exceptions;
        this.exceptionPoints = exceptionPoints;
    }

    /**
     * The hyphenator for a language, and for its region where the patterns differ: British
     * English (GB, IE, AU, NZ, ZA, IN) has its own; every other English, and English with no
     * region, takes American patterns. Patterns are loaded once per language and cached.
     *
     * @param locale the text's language
     * @return the hyphenator, or empty when no patterns ship for the language (all but English)
     */
    public static Optional<Hyphenator> forLanguage(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        if (!"en".equals(locale.getLanguage())) {
            return Optional.empty();
        }
        String tag = BRITISH_REGIONS.contains(locale.getCountry()) ? "en-gb" : "en-us";
        return Optional.of(LOADED.computeIfAbsent(tag,
                t -> load(t, ENGLISH_LEFT_MIN, ENGLISH_RIGHT_MIN)));
    }

    /**
     * The offsets in {@code word} before which a hyphen may be inserted, ascending, each with
     * {@code 0 < offset < word.length()}. At least two letters stay before a break and three
     * after it (the patterns' minimums). Case does not matter.
     *
     * <p>No points come back for a word of fewer than five letters, a word in capitals (taken
     * for an acronym), or a word holding anything but letters: digits, hyphens, dots, slashes
     * (so no URLs or addresses), combining marks. Opening quotes and brackets before the word
     * and closing ones or punctuation after it are set aside, so {@code "(hyphenation),"} breaks
     * where {@code hyphenation} does, offsets counted in the whole string. An English clitic after
     * an apostrophe ({@code 's}, {@code n't}, {@code 'll}, {@code 're}, {@code 've}, {@code 'd},
     * {@code 'm}, or a bare trailing apostrophe) is kept whole and the word before it hyphenated;
     * any other apostrophe ({@code O'Donnell}, {@code rock'n'roll}) leaves the word whole.
     *
     * @param word one word, as set in the text
     * @return the hyphenation points; an empty array for none
     */
    public int[] points(String word) {
        Objects.requireNonNull(word, "word");
        int[] known = cache.get(word);
        if (known == null) {
            known = find(word);
            if (cache.size() >= CACHED_WORDS) {
                cache.clear();
            }
            cache.put(word, known);
        }
        return known.length == 0 ? known : known.clone();
    }

    private int[] find(String word) {
        int start = skipOpening(word);
        int end = stemEnd(word, start, trimClosing(word, start));
        int letters = end - start;
        if (end < 0 || letters < Math.max(MIN_LETTERS, leftMin + rightMin)) {
            return NO_POINTS;
        }
        // The word in lower case between two dots: patterns use dots to anchor at either end.
        char[] dotted = new char[letters + 2];
        dotted[0] = '.';
        dotted[letters + 1] = '.';
        for (int i = 0; i < letters; i++) {
            dotted[i + 1] = Character.toLowerCase(word.charAt(start + i));
        }
        // gap[g] lies between dotted[g - 1] and dotted[g]; a point before letter q is gap q + 1.
        byte[] gap = new byte[letters + 3];
        int exception = lookUpException(dotted);
        if (exception == Trie.NONE) {
            applyPatterns(dotted, gap);
        } else {
            for (int q : exceptionPoints[exception]) {
                gap[q + 1] = 1;
            }
        }
        return oddGaps(gap, start, letters);
    }

    /** Liang's algorithm: every pattern at every position raises the gaps it covers. */
    private void applyPatterns(char[] dotted, byte[] gap) {
        for (int from = 0; from < dotted.length; from++) {
            int node = Trie.ROOT;
            for (int to = from; to < dotted.length; to++) {
                node = patterns.child(node, dotted[to]);
                if (node == Trie.NONE) {
                    break;
                }
                int first = patterns.value(node);
                if (first != Trie.NONE) {
                    // A pattern of k letters has k + 1 priorities, for the gaps from `from` on.
                    for (int k = 0; k <= to - from + 1; k++) {
                        byte p = priorities[first + k];
                        if (p > gap[from + k]) {
                            gap[from + k] = p;
                        }
                    }
                }
            }
        }
    }

    /** @return the exception entry for the whole dotted word, or {@link Trie#NONE} */
    private int lookUpException(char[] dotted) {
        int node = Trie.ROOT;
        for (int i = 1; i < dotted.length - 1 && node != Trie.NONE; i++) {
            node = exceptions.child(node, dotted[i]);
        }
        return node == Trie.NONE ? Trie.NONE : exceptions.value(node);
    }

    /** @return the odd gaps the minimums allow, as offsets in the whole word */
    private int[] oddGaps(byte[] gap, int start, int letters) {
        int count = 0;
        for (int q = leftMin; q <= letters - rightMin; q++) {
            count += gap[q + 1] & 1;
        }
        if (count == 0) {
            return NO_POINTS;
        }
        int[] points = new int[count];
        int n = 0;
        for (int q = leftMin; q <= letters - rightMin; q++) {
            if ((gap[q + 1] & 1) != 0) {
                points[n++] = start + q;
            }
        }
        return points;
    }

    // ---- Which part of a word to hyphenate --------------------------------------------------

    /** @return the index after any opening quotes and brackets */
    private static int skipOpening(String word) {
        int i = 0;
        while (i < word.length() && isOpening(word.charAt(i))) {
            i++;
        }
        return i;
    }

    /** @return the index before any closing quotes, brackets and punctuation */
    private static int trimClosing(String word, int start) {
        int end = word.length();
        while (end > start && isClosing(word.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    /**
     * @return the end of the letters to hyphenate in {@code word[start, end)}, which are the
     *         stem before a clitic if there is one; -1 when the word is to stay whole
     */
    private static int stemEnd(String word, int start, int end) {
        int apostrophe = -1;
        boolean lower = false;
        boolean upper = false;
        for (int i = start; i < end; i++) {
            char c = word.charAt(i);
            if (isApostrophe(c)) {
                if (apostrophe >= 0) {
                    return -1;
                }
                apostrophe = i;
            } else if (!Character.isLetter(c)) {
                return -1;
            } else if (apostrophe < 0) {
                lower |= Character.isLowerCase(c);
                upper |= Character.isUpperCase(c) || Character.isTitleCase(c);
            }
        }
        if (upper && !lower) {
            return -1;
        }
        if (apostrophe < 0) {
            return end;
        }
        return isClitic(word, apostrophe + 1, end) ? apostrophe : -1;
    }

    /** @return whether {@code word[from, to)}, after an apostrophe, is a clitic or nothing */
    private static boolean isClitic(String word, int from, int to) {
        int length = to - from;
        for (String clitic : CLITICS) {
            if (clitic.length() == length && word.regionMatches(true, from, clitic, 0, length)) {
                return true;
            }
        }
        return length == 0;
    }

    private static boolean isApostrophe(char c) {
        // U+2019 is the typographic apostrophe; U+02BC is a letter to Unicode, so test it first.
        return c == '\'' || c == '\u2019' || c == '\u02BC';
    }

    private static boolean isOpening(char c) {
        int type = Character.getType(c);
        return type == Character.START_PUNCTUATION || type == Character.INITIAL_QUOTE_PUNCTUATION
                || c == '"' || c == '\'';
    }

    private static boolean isClosing(char c) {
        int type = Character.getType(c);
        return type == Character.END_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION
                || type == Character.OTHER_PUNCTUATION;
    }

    // ---- Loading -------------------------------------------------------------------------------

    private static Hyphenator load(String tag, int leftMin, int rightMin) {
        // "hy3ph": the letters h, y, p, h and a priority for each of the five gaps around them.
        Trie.Builder patterns = new Trie.Builder();
        ByteArrayOutputStream priorities = new ByteArrayOutputStream();
        for (String pattern : words("hyph-" + tag + ".pat.txt")) {
            StringBuilder letters = new StringBuilder(pattern.length());
            byte[] gaps = new byte[pattern.length() + 1];
            for (int i = 0; i < pattern.length(); i++) {
                char c = pattern.charAt(i);
                if (c >= '0' && c <= '9') {
                    gaps[letters.length()] = (byte) (c - '0');
                } else {
                    letters.append(c);
                }
            }
            patterns.put(letters, priorities.size());
            priorities.write(gaps, 0, letters.length() + 1);
        }
        // "as-so-ciate": the word associate, with points at 2 and 4; "present": no points.
        Trie.Builder exceptions = new Trie.Builder();
        List<int[]> exceptionPoints = new ArrayList<>();
        for (String hyphenated : words("hyph-" + tag + ".hyp.txt")) {
            StringBuilder letters = new StringBuilder(hyphenated.length());
            int[] points = new int[hyphenated.length()];
            int count = 0;
            for (int i = 0; i < hyphenated.length(); i++) {
                char c = hyphenated.charAt(i);
                if (c == '-') {
                    points[count++] = letters.length();
                } else {
                    letters.append(Character.toLowerCase(c));
                }
            }
            exceptions.put(letters, exceptionPoints.size());
            exceptionPoints.add(Arrays.copyOf(points, count));
        }
        return new Hyphenator(tag, leftMin, rightMin, patterns.build(), priorities.toByteArray(),
                exceptions.build(), exceptionPoints.toArray(new int[0][]));
    }

    /** @return the whitespace-separated words of a bundled resource, skipping % comments */
    private static List<String> words(String name) {
        InputStream in = Hyphenator.class.getResourceAsStream(RESOURCES + name);
        if (in == null) {
            throw new IllegalStateException("Hyphenation resource " + RESOURCES + name
                    + " is missing from the classpath; the briefkit-pdf jar is incomplete");
        }
        List<String> words = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = reader.readLine()) != null; ) {
                int comment = line.indexOf('%');
                for (String w : (comment < 0 ? line : line.substring(0, comment)).trim().split("\\s+")) {
                    if (!w.isEmpty()) {
                        words.add(w);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read hyphenation resource " + RESOURCES + name, e);
        }
        return words;
    }

    /** @return the patterns' language tag, for diagnostics */
    @Override
    public String toString() {
        return "Hyphenator[" + tag + "]";
    }
}

package org.briefkit.pdf.internal.hyphen;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Expected hyphenations are what TeX's algorithm gives with the shipped hyph-utf8 files and
 * TeX's English minimums (two letters before a break, three after); they were checked against
 * an independent implementation over some ten thousand words.
 */
class HyphenatorTest {
    private static final Hyphenator US = Hyphenator.forLanguage(Locale.US).orElseThrow();
    private static final Hyphenator GB = Hyphenator.forLanguage(Locale.UK).orElseThrow();

    /** Some prose, to run many ordinary words (and their punctuation) through at once. */
    private static final List<String> PROSE = List.of("""
            A brief is read on paper before it is read on a screen, so its typography matters:
            justified paragraphs need hyphenation, or the spaces between words grow wide and
            uneven. The layout engine breaks each paragraph into lines, and where a word would
            overflow the measure it asks where the word may be divided. Liang's algorithm answers
            with patterns learned from a hyphenated dictionary; exceptions cover the words the
            patterns get wrong. Characteristically, international organizations' documents,
            acknowledgements, responsibilities and extraordinary typesetting problems (tables,
            footnotes, URLs such as https://example.com/hyphenation, addresses like
            office@example.org, numbers like 1,000,000 and acronyms like UNESCO) all pass
            through the same procedure. Nevertheless, "probability" and ‘significant’ words,
            the government's recommendations, the committee's representatives, and couldn't-style
            contractions must come out as a careful compositor would set them, independently
            of whichever thread happens to be rendering which page of the document.
            """.split("\\s+"));

    /** @return the word with a hyphen at each point, e.g. "hy-phen-ation" */
    private static String hyphenate(Hyphenator h, String word) {
        StringBuilder out = new StringBuilder(word);
        int[] points = h.points(word);
        for (int i = points.length - 1; i >= 0; i--) {
            out.insert(points[i], '-');
        }
        return out.toString();
    }

    @ParameterizedTest
    @CsvSource({
        "hyphenation, hy-phen-ation",
        "typography, ty-pog-ra-phy",
        "computer, com-puter",
        "probability, prob-a-bil-ity",
        "significant, sig-nif-i-cant",
        "international, in-ter-na-tional",
        "algorithm, al-go-rithm",
        "government, gov-ern-ment",
        "characteristic, char-ac-ter-is-tic",
        "responsibility, re-spon-si-bil-ity",
        "justification, jus-ti-fi-ca-tion",
        "extraordinary, ex-tra-or-di-nary",
        "acknowledgment, ac-knowl-edg-ment",
        "organization, or-ga-ni-za-tion",
        "democrat, de-mo-c-rat", // a known flaw of these patterns, kept as TeX has it
    })
    void americanPatternsBreakKnownWordsAsTeXDoes(String word, String expected) {
        assertEquals(expected, hyphenate(US, word));
    }

    @ParameterizedTest
    @CsvSource({
        "hyphenation, hy-phen-a-tion",
        "typography, ty-po-graphy",
        "probability, prob-ab-il-ity",
        "significant, sig-ni-fic-ant",
        "international, in-ter-na-tional",
        "information, in-form-a-tion",
        "organisation, or-gan-isa-tion",
        "behaviour, be-ha-viour",
        "democrat, demo-crat",
    })
    void britishPatternsBreakKnownWordsAsTeXDoes(String word, String expected) {
        assertEquals(expected, hyphenate(GB, word));
    }

    @Test
    void regionPicksAmericanOrBritishPatternsAndEachLoadsOnce() {
        for (String tag : List.of("en", "en-US", "en-CA", "en-Latn-US", "en-PH")) {
            assertSame(US, Hyphenator.forLanguage(Locale.forLanguageTag(tag)).orElseThrow(), tag);
        }
        for (String tag : List.of("en-GB", "en-IE", "en-AU", "en-NZ", "en-ZA", "en-IN")) {
            assertSame(GB, Hyphenator.forLanguage(Locale.forLanguageTag(tag)).orElseThrow(), tag);
        }
        assertNotSame(US, GB);
    }

    @ParameterizedTest
    @ValueSource(strings = {"de", "de-DE", "fr-FR", "nl", "ko-KR", "und"})
    void languagesWithoutPatternsGiveNothing(String tag) {
        assertEquals(Optional.empty(), Hyphenator.forLanguage(Locale.forLanguageTag(tag)));
    }

    @Test
    void rootLocaleGivesNothing() {
        assertEquals(Optional.empty(), Hyphenator.forLanguage(Locale.ROOT));
    }

    @ParameterizedTest
    @CsvSource({
        // Unrestricted, the patterns would also give: com-put-er, a-maz-ing, u-ni-for-m,
        // gov-ern-men-t, math-e-mat-ic-s, en-cy-clo-pe-di-a.
        "computer, com-puter",
        "amazing, amaz-ing",
        "uniform, uni-form",
        "government, gov-ern-ment",
        "mathematics, math-e-mat-ics",
        "encyclopedia, en-cy-clo-pe-dia",
    })
    void atLeastTwoLettersBeforeABreakAndThreeAfter(String word, String expected) {
        assertEquals(expected, hyphenate(US, word));
    }

    @Test
    void everyPointInProseHonoursTheMinimumsAndLiesInsideTheWord() {
        for (Hyphenator h : List.of(US, GB)) {
            for (String word : PROSE) {
                int[] points = h.points(word);
                for (int i = 0; i < points.length; i++) {
                    assertTrue(points[i] > 0 && points[i] < word.length(), word);
                    assertTrue(i == 0 || points[i - 1] < points[i], word + " ascending");
                    assertTrue(letters(word, 0, points[i]) >= 2, word + " left");
                    assertTrue(letters(word, points[i], word.length()) >= 3, word + " right");
                }
            }
        }
    }

    private static int letters(String s, int from, int to) {
        return (int) s.substring(from, to).chars().filter(Character::isLetter).count();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "a", "of", "the", "data", "also", "idea", "into"})
    void wordsShorterThanFiveLettersStayWhole(String word) {
        assertArrayEquals(new int[0], US.points(word));
        assertArrayEquals(new int[0], GB.points(word));
    }

    @Test
    void fiveLettersAreEnough() {
        assertEquals("ta-ble", hyphenate(US, "table"));
    }

    @Test
    void caseDoesNotMatter() {
        assertEquals("Hy-phen-ation", hyphenate(US, "Hyphenation"));
        assertEquals("hY-pHeN-aTiOn", hyphenate(US, "hYpHeNaTiOn"));
        assertEquals("In-ter-na-tional", hyphenate(US, "International"));
        assertEquals("As-so-ciate", hyphenate(US, "Associate"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"HYPHENATION", "UNESCO", "NATO's", "INTERNATIONAL", "NASA’s"})
    void wordsInCapitalsAreTakenForAcronymsAndStayWhole(String word) {
        assertArrayEquals(new int[0], US.points(word));
    }

    @ParameterizedTest
    @ValueSource(strings = {"3rd", "hyphenation2", "MP3player", "1000000", "2nd-generation", "typo9graphy"})
    void wordsWithDigitsStayWhole(String word) {
        assertArrayEquals(new int[0], US.points(word));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "https://example.com/hyphenation",
        "www.typography.org",
        "example.com",
        "office@example.org",
        "well-known",
        "co-operation",
        "and/or",
        "hyphen\u00ADation", // a soft hyphen: the author has already said where
        "re\u0301sume\u0301s", // a combining accent must not be split from its letter
        "hyphen ation",
        "AT&T",
    })
    void wordsWithOtherNonLettersStayWhole(String word) {
        assertArrayEquals(new int[0], US.points(word));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "government's | gov-ern-ment's",
        "government’s | gov-ern-ment’s",
        "governmentʼs | gov-ern-mentʼs",
        "students' | stu-dents'",
        "studentsʼ | stu-dentsʼ",
        "president's | pres-i-dent's",
        "Government'll | Gov-ern-ment'll",
        "organizations' | or-ga-ni-za-tions'",
        "computer'd | com-puter'd",
    })
    void aCliticAfterAnApostropheStaysWholeAndTheWordBeforeItBreaks(String word, String expected) {
        assertEquals(expected, hyphenate(US, word));
    }

    @ParameterizedTest
    @ValueSource(strings = {"couldn't", "shouldn’t", "O'Donnell", "rock'n'roll", "hyphen'ation", "project's"})
    void otherApostrophesAndShortStemsLeaveTheWordWhole(String word) {
        assertArrayEquals(new int[0], US.points(word));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "(international), | (in-ter-na-tional),",
        "“typography” | “ty-pog-ra-phy”",
        "\"probability.\" | \"prob-a-bil-ity.\"",
        "hyphenation; | hy-phen-ation;",
        "[significant]? | [sig-nif-i-cant]?",
        "‘government’s’ | ‘gov-ern-ment’s’",
    })
    void surroundingQuotesBracketsAndPunctuationAreSetAside(String word, String expected) {
        assertEquals(expected, hyphenate(US, word));
    }

    @ParameterizedTest
    @CsvSource({
        // The patterns alone give as-so-ci-ate, pres-ent, proj-ect and no break in table.
        "associate, as-so-ciate",
        "associates, as-so-ciates",
        "present, present",
        "project, project",
        "table, ta-ble",
        "reciprocity, reci-procity",
        "reformation, ref-or-ma-tion",
        "philanthropic, phil-an-thropic",
    })
    void americanExceptionsOverrideThePatterns(String word, String expected) {
        assertEquals(expected, hyphenate(US, word));
    }

    @ParameterizedTest
    @CsvSource({
        // The patterns alone give no break in however and something.
        "however, how-ever",
        "something, some-thing",
        "university, uni-ver-sity",
        "universities, uni-ver-sit-ies",
        "manuscript, ma-nu-script",
    })
    void britishExceptionsOverrideThePatterns(String word, String expected) {
        assertEquals(expected, hyphenate(GB, word));
    }

    @Test
    void exceptionsApplyOnlyToTheWholeWord() {
        // "present" is an exception with no points; "presentation" is not, and breaks.
        assertEquals("pre-sen-ta-tion", hyphenate(US, "presentation"));
    }

    @Test
    void callersMayChangeTheReturnedArray() {
        US.points("hyphenation")[0] = 99;
        assertArrayEquals(new int[] {2, 6}, US.points("hyphenation"));
    }

    @Test
    void nullIsRejected() {
        assertThrows(NullPointerException.class, () -> US.points(null));
        assertThrows(NullPointerException.class, () -> Hyphenator.forLanguage(null));
    }

    @Test
    void eightThreadsAgreeWithOne() throws Exception {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            words.addAll(PROSE);
        }
        List<String> expected = hyphenateAll(words);

        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<String>>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                // Each thread walks the words in its own order, so they collide at different places.
                List<Integer> order = new ArrayList<>();
                for (int i = 0; i < words.size(); i++) {
                    order.add(i);
                }
                Collections.shuffle(order, new Random(t));
                Callable<List<String>> task = () -> {
                    start.await();
                    String[] out = new String[words.size()];
                    for (int i : order) {
                        out[i] = hyphenateBoth(words.get(i));
                    }
                    return List.of(out);
                };
                results.add(pool.submit(task));
            }
            start.countDown();
            for (Future<List<String>> result : results) {
                assertEquals(expected, result.get(60, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<String> hyphenateAll(List<String> words) {
        List<String> out = new ArrayList<>(words.size());
        for (String w : words) {
            out.add(hyphenateBoth(w));
        }
        return out;
    }

    private static String hyphenateBoth(String word) {
        return hyphenate(US, word) + " / " + hyphenate(GB, word);
    }
}

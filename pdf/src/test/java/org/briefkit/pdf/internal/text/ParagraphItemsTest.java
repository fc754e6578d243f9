package org.briefkit.pdf.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.briefkit.pdf.internal.font.FontSet;
import org.briefkit.theme.FontStyle;
import org.briefkit.theme.Fonts;
import org.briefkit.theme.Rgb;
import org.junit.jupiter.api.Test;

/** Boxes, glue and penalties from styled text: Unicode break opportunities, hyphens, no overflow. */
class ParagraphItemsTest {
    private static final TextStyle STYLE = new TextStyle(Fonts.LIBERATION.body(), FontStyle.REGULAR, 10, Rgb.BLACK, 0,
            false, false, true);
    private static final FontSet FONTS = new FontSet(Fonts.LIBERATION, null, m -> { }, w -> { });

    private static Items items(String text, Hyphenation h, float narrowest) {
        StyledText st = StyledText.builder().append(text, STYLE, null).build();
        return ParagraphItems.build(st, new ParagraphItems.Settings(FONTS, h, Locale.US, true, narrowest, () -> "t"));
    }

    /** The items as text: words in brackets, "_" for glue, "-" a flagged penalty, "|" another break. */
    private static String shape(Items items, String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            switch (items.type(i)) {
                case Items.BOX -> out.append('[').append(text, items.start(i), items.end(i)).append(']');
                case Items.GLUE -> out.append(items.stretch(i) == Items.FILL ? "" : "_");
                default -> {
                    if (items.penalty(i) < Items.INFINITY && items.penalty(i) > -Items.INFINITY) {
                        out.append(items.flagged(i) ? "-" : "|");
                    }
                }
            }
        }
        return out.toString();
    }

    @Test
    void makesBoxesGlueAndPenaltiesAtUnicodeBreakOpportunities() {
        String text = "A well-known case, 10\u00A0km away.";
        assertEquals("[A]_[well-]-[known]_[case,]_[10]_[km]_[away.]", shape(items(text, Hyphenation.NONE, 500), text));
        Items items = items(text, Hyphenation.NONE, 500);
        int nbsp = -1;
        for (int i = 0; i < items.size(); i++) {
            if (items.type(i) == Items.GLUE && items.start(i) >= 0 && text.charAt(items.start(i)) == '\u00A0') {
                nbsp = i;
            }
        }
        assertEquals(Items.PENALTY, items.type(nbsp - 1));
        assertEquals(Items.INFINITY, items.penalty(nbsp - 1), "no break at a no-break space");
    }

    @Test
    void neverBreaksAfterASeparatorInsideANumberOrWord() {
        String text = "At 8:30 p.m., 1,000 of 2.5 million: 9 people's sites.";
        assertEquals("[At]_[8:30]_[p.m.,]_[1,000]_[of]_[2.5]_[million:]_[9]_[people's]_[sites.]",
                shape(items(text, Hyphenation.NONE, 500), text));
    }

    @Test
    void insertsFlaggedPenaltiesWithTheHyphensWidthAtHyphenationPoints() {
        Hyphenation everyThird = word -> {
            List<Integer> points = new ArrayList<>();
            for (int p = 3; p < word.length() - 2; p += 3) {
                points.add(p);
            }
            return points.stream().mapToInt(Integer::intValue).toArray();
        };
        String text = "unbreakable words";
        Items items = items(text, everyThird, 500);
        assertEquals("[unb]-[rea]-[kable]_[words]", shape(items, text));
        for (int i = 0; i < items.size(); i++) {
            if (items.type(i) == Items.PENALTY && items.flagged(i)) {
                assertEquals(3.33f, items.width(i), 0.01f, "a hyphen of Liberation Serif at 10 pt");
            }
        }
    }

    @Test
    void neverHyphenatesAcronymsShortWordsOrCode() {
        Hyphenation everywhere = word -> java.util.stream.IntStream.range(1, word.length()).toArray();
        String text = "NATO cats";
        assertEquals("[NATO]_[cats]", shape(items(text, everywhere, 500), text));
        StyledText code = StyledText.builder().append("function", STYLE.withHyphenation(false), null).build();
        Items items = ParagraphItems.build(code, new ParagraphItems.Settings(FONTS, everywhere, Locale.US, true, 500,
                () -> "t"));
        assertEquals("[function]", shape(items, "function"));
    }

    @Test
    void letsAWordLongerThanTheMeasureBreakAnywhere() {
        String text = "see https://example.org/a/very/long/path/that/does/not/fit";
        Items items = items(text, Hyphenation.NONE, 60);
        int emergency = 0;
        for (int i = 0; i < items.size(); i++) {
            if (items.type(i) == Items.BOX) {
                assertTrue(items.width(i) <= 60, "every box fits the measure");
            }
            if (items.type(i) == Items.PENALTY && items.penalty(i) == LineBreaker.EMERGENCY) {
                emergency++;
            }
        }
        assertTrue(emergency > 10);
        assertFalse(shape(items(text, Hyphenation.NONE, 500), text).contains("|[t]"), "no emergency breaks when it fits");
    }

    @Test
    void forcesABreakAtALineBreak() {
        StyledText st = StyledText.builder().append("one", STYLE, null).lineBreak(STYLE).append("two", STYLE, null).build();
        Items items = ParagraphItems.build(st, new ParagraphItems.Settings(FONTS, Hyphenation.NONE, Locale.US, true, 500,
                () -> "t"));
        int forced = 0;
        for (int i = 0; i < items.size(); i++) {
            if (items.type(i) == Items.PENALTY && items.penalty(i) == -Items.INFINITY) {
                forced++;
            }
        }
        assertEquals(2, forced, "the line break and the paragraph's end");
    }
}

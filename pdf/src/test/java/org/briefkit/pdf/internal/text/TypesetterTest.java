package org.briefkit.pdf.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.briefkit.pdf.internal.font.FontSet;
import org.briefkit.pdf.internal.hyphen.Hyphenator;
import org.briefkit.theme.FontStyle;
import org.briefkit.theme.Fonts;
import org.briefkit.theme.Rgb;
import org.junit.jupiter.api.Test;

/** A known paragraph, set in Liberation Serif 11 pt on a 240 pt measure, breaks where TeX would. */
class TypesetterTest {
    private static final String PARAGRAPH = "The report examines the future of the alliance in a dynamic moment marked "
            + "by enormous security challenges as well as some new cooperation opportunities. Specifically, the report "
            + "focuses on three areas that have been relatively understudied by policy and academic communities.";
    private static final TextStyle STYLE = new TextStyle(Fonts.LIBERATION.body(), FontStyle.REGULAR, 11, Rgb.BLACK, 0,
            false, false, true);
    private static final FontSet FONTS = new FontSet(Fonts.LIBERATION, null, m -> { }, w -> { });

    private static List<SetLine> set(Hyphenation hyphenation, LineSetter.Align align) {
        StyledText text = StyledText.builder().append(PARAGRAPH, STYLE, null).build();
        ParagraphItems.Settings settings = new ParagraphItems.Settings(FONTS, hyphenation, Locale.US,
                align == LineSetter.Align.JUSTIFY, 240, () -> "test");
        return Typesetter.typeset(text, settings, LineBreaker.LineWidths.constant(240), align, 11);
    }

    @Test
    void breaksAKnownParagraphWithHyphenationWhereTotalFitPutsTheBreaks() {
        Hyphenation english = Hyphenator.forLanguage(Locale.US).<Hyphenation>map(h -> h::points).orElseThrow();
        List<SetLine> lines = set(english, LineSetter.Align.JUSTIFY);
        assertEquals(List.of(
                "The report examines the future of the alliance in a",
                "dynamic moment marked by enormous security chal-",
                "lenges as well as some new cooperation opportunities.",
                "Specifically, the report focuses on three areas that have",
                "been relatively understudied by policy and academic",
                "communities."), lines.stream().map(SetLine::text).toList());
        for (SetLine line : lines.subList(0, lines.size() - 1)) {
            float width = (float) line.runs().stream().mapToDouble(SetLine.Run::width).sum();
            assertEquals(240, width, 0.01, "a justified line fills the measure: " + line.text());
        }
        assertTrue(lines.get(1).hyphenated());
    }

    @Test
    void breaksTheSameParagraphWithoutHyphenationIntoLooserLines() {
        List<SetLine> lines = set(Hyphenation.NONE, LineSetter.Align.JUSTIFY);
        assertEquals(List.of(
                "The report examines the future of the alliance in",
                "a dynamic moment marked by enormous security",
                "challenges as well as some new cooperation",
                "opportunities. Specifically, the report focuses on three",
                "areas that have been relatively understudied by policy",
                "and academic communities."), lines.stream().map(SetLine::text).toList());
    }

    @Test
    void setsRaggedLinesFlushLeftWithNaturalSpaces() {
        List<SetLine> lines = set(Hyphenation.NONE, LineSetter.Align.LEFT);
        for (SetLine line : lines) {
            assertEquals(0, line.runs().get(0).x(), 1e-6);
            assertEquals(0, line.runs().get(0).wordSpacing(), 1e-6);
            assertTrue(line.natural() <= 240);
        }
    }

    @Test
    void centresAndRightAlignsLines() {
        for (SetLine line : set(Hyphenation.NONE, LineSetter.Align.RIGHT)) {
            SetLine.Run last = line.runs().get(line.runs().size() - 1);
            assertEquals(240, last.x() + last.width(), 0.01);
        }
        for (SetLine line : set(Hyphenation.NONE, LineSetter.Align.CENTER)) {
            SetLine.Run first = line.runs().get(0);
            SetLine.Run last = line.runs().get(line.runs().size() - 1);
            assertEquals(240 - (last.x() + last.width()), first.x(), 0.01);
        }
    }
}

package org.briefkit.pdf.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.briefkit.theme.FontStyle;
import org.briefkit.theme.Fonts;
import org.briefkit.theme.Rgb;
import org.junit.jupiter.api.Test;

/** White space as print sets it: collapsed, trimmed, kept in code. */
class StyledTextTest {
    private static final TextStyle STYLE = new TextStyle(Fonts.LIBERATION.body(), FontStyle.REGULAR, 10, Rgb.BLACK, 0,
            false, false, true);

    @Test
    void collapsesAndTrimsWhiteSpace() {
        StyledText t = StyledText.builder().append("  Two \t spaces,  ", STYLE, null)
                .append(" then\u2003more\u00A0 ", STYLE.bold(), null).build();
        assertEquals("Two spaces, then more\u00A0", t.text());
        assertEquals(2, t.spans());
        assertEquals("Two spaces, ".length(), t.start(1), "the collapsed space stays with the first span");
    }

    @Test
    void keepsSpacesVerbatimForCode() {
        StyledText t = StyledText.builder().verbatim().append("    indented  twice", STYLE, null).build();
        assertEquals("    indented  twice", t.text());
    }

    @Test
    void marksLineBreaksAndDropsTheSpacesBeforeThem() {
        StyledText t = StyledText.builder().append("one  ", STYLE, null).lineBreak(STYLE).append(" two", STYLE, null)
                .build();
        assertEquals("one\u2028two", t.text());
    }

    @Test
    void keepsWhatWasWrittenBesideWhatIsDrawn() {
        StyledText t = StyledText.builder().append("NATO", "Nato", STYLE, null).build();
        assertEquals("NATO", t.text());
        assertEquals("Nato", t.original());
    }
}

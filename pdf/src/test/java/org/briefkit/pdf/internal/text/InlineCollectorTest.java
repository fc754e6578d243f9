package org.briefkit.pdf.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.briefkit.model.Attr;
import org.briefkit.model.Code;
import org.briefkit.model.Emphasis;
import org.briefkit.model.Inline;
import org.briefkit.model.LineBreak;
import org.briefkit.model.Link;
import org.briefkit.model.Note;
import org.briefkit.model.SmallCaps;
import org.briefkit.model.Span;
import org.briefkit.model.Strikeout;
import org.briefkit.model.Strong;
import org.briefkit.model.Subscript;
import org.briefkit.model.Superscript;
import org.briefkit.model.Text;
import org.briefkit.theme.FontStyle;
import org.briefkit.theme.Fonts;
import org.briefkit.theme.Rgb;
import org.junit.jupiter.api.Test;

/** Every inline kind becomes styled text; nothing is dropped. */
class InlineCollectorTest {
    private static final TextStyle BODY = new TextStyle(Fonts.LIBERATION.body(), FontStyle.REGULAR, 10, Rgb.BLACK, 0,
            false, false, true);
    private static final Rgb LINK = Rgb.hex("1F4E79");

    private static StyledText collect(Inline... inlines) {
        int[] n = {0};
        return InlineCollector.collect(List.of(inlines), BODY, Fonts.LIBERATION.mono(), LINK,
                note -> new InlineCollector.Citation(++n[0], "#n" + n[0], null));
    }

    private static TextStyle styleOf(StyledText t, String part) {
        return t.style(t.spanAt(t.text().indexOf(part)));
    }

    @Test
    void styleEachKindOfInline() {
        StyledText t = collect(new Text("plain "), Emphasis.of("em"), new Text(" "), Strong.of("strong"),
                new Text(" "), Strikeout.of("gone"), new Text(" x"), Superscript.of("2"), new Text(" H"),
                Subscript.of("9"), new Text(" "), Code.of("f(x)"), new Text(" "),
                Link.to("https://example.org", "site"), new Text(" "),
                new Span(Attr.classes("underline"), List.of(new Text("under"))), new LineBreak(),
                Emphasis.of(Emphasis.of("upright")));
        assertEquals("plain em strong gone x2 H9 f(x) site under\u2028upright", t.text());
        assertEquals(FontStyle.ITALIC, styleOf(t, "em").face());
        assertEquals(FontStyle.BOLD, styleOf(t, "strong").face());
        assertTrue(styleOf(t, "gone").strike());
        assertTrue(styleOf(t, "2").rise() > 0 && styleOf(t, "2").size() < 10);
        assertTrue(styleOf(t, "9").rise() < 0 && styleOf(t, "9").size() < 10);
        assertEquals(Fonts.LIBERATION.mono(), styleOf(t, "f(x)").family());
        assertEquals(LINK, styleOf(t, "site").colour());
        assertEquals("https://example.org", t.link(t.spanAt(t.text().indexOf("site"))));
        assertNull(t.link(t.spanAt(0)));
        assertTrue(styleOf(t, "under").underline());
        assertEquals(FontStyle.REGULAR, styleOf(t, "upright").face(), "emphasis within emphasis is upright");
    }

    @Test
    void setsSmallCapitalsAsReducedCapitalsButKeepsTheWrittenText() {
        StyledText t = collect(SmallCaps.of("Nato Summit"));
        assertEquals("NATO SUMMIT", t.text());
        assertEquals("Nato Summit", t.original());
        assertEquals(10, styleOf(t, "N").size(), 1e-6);
        assertEquals(8, t.style(t.spanAt(1)).size(), 1e-6);
    }

    @Test
    void numbersNotesAndPlacesAnchors() {
        StyledText t = collect(new Span(Attr.id("here"), List.of(new Text("Claim"))), Note.of("One."),
                new Text(" more"), Note.of("Two."));
        assertEquals("Claim1 more2", t.text());
        assertEquals(2, t.notes().size());
        assertEquals(2, t.notes().get(1).number());
        assertEquals("#n2", t.link(t.spanAt(t.notes().get(1).offset())));
        assertEquals("here", t.anchors().get(0).id());
        assertEquals(0, t.anchors().get(0).offset());
    }
}

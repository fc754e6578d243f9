package org.briefkit.pdf.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.briefkit.model.Document;
import org.briefkit.model.Heading;
import org.briefkit.model.Paragraph;
import org.briefkit.model.PlainText;
import org.briefkit.model.Text;
import org.briefkit.model.Walk;
import org.briefkit.pdf.Fixtures;
import org.briefkit.pdf.internal.font.FontLibrary;
import org.briefkit.theme.HeadingNumbering;
import org.briefkit.theme.Margins;
import org.briefkit.theme.NotePlacement;
import org.briefkit.theme.Theme;
import org.junit.jupiter.api.Test;

/** The whole layout: every box inside its page's text block, headings recorded, fonts per character. */
class LayoutEngineTest {

    private static void assertInside(LaidOutDocument doc) {
        for (Page page : doc.pages()) {
            Rect f = page.frame();
            for (Box box : page.boxes()) {
                if (box instanceof GlyphRun r) {
                    String where = "page " + page.number() + " '" + r.text() + "'";
                    assertTrue(r.x() >= f.x() - 0.5f, "left of the text block: " + where);
                    assertTrue(r.right() <= f.right() + 0.5f, "right of the text block: " + where + " by "
                            + (r.right() - f.right()));
                    assertTrue(r.top() >= f.y() - 0.5f, "above the text block: " + where);
                    assertTrue(r.bottom() <= f.bottom() + 0.5f, "below the text block: " + where + " by "
                            + (r.bottom() - f.bottom()));
                } else if (box instanceof ImageBox i) {
                    assertTrue(i.x() >= f.x() - 0.5f && i.x() + i.width() <= f.right() + 0.5f);
                    assertTrue(i.y() >= f.y() - 0.5f && i.y() + i.height() <= f.bottom() + 0.5f);
                } else if (box instanceof Fill fill) {
                    assertTrue(fill.x() >= f.x() - 0.5f && fill.x() + fill.width() <= f.right() + 0.5f);
                    assertTrue(fill.y() >= f.y() - 0.5f && fill.y() + fill.height() <= f.bottom() + 0.5f,
                            "fill outside the text block on page " + page.number());
                }
            }
            for (Box box : page.furniture()) {
                GlyphRun r = (GlyphRun) box;
                assertTrue(r.x() >= f.x() - 0.5f && r.right() <= f.right() + 0.5f, "running head beside the block");
                assertTrue(r.bottom() <= f.y() || r.top() >= f.bottom(), "running head over the text block");
                assertTrue(r.top() >= 0 && r.bottom() <= page.height(), "running head off the page");
            }
        }
    }

    @Test
    void keepsEveryBoxInsideTheTextBlock() {
        for (long seed = 1; seed <= 3; seed++) {
            Document doc = Fixtures.rich(seed, 12);
            LaidOutDocument laid = Fixtures.layout(doc, Fixtures.theme());
            assertTrue(laid.pages().size() >= 5);
            assertInside(laid);
        }
    }

    @Test
    void keepsEveryBoxInsideTheTextBlockOfA4WithMirroredMarginsAndFootnotes() {
        Theme theme = Fixtures.themeBuilder().pageSize(org.briefkit.theme.PageSize.A4)
                .margins(new Margins(60, 70, 50, 80, 20, true)).notes(NotePlacement.FOOTNOTES).justify(false).build();
        LaidOutDocument laid = Fixtures.layout(Fixtures.rich(9, 14), theme);
        assertInside(laid);
        Page odd = laid.pages().get(0);
        Page even = laid.pages().get(1);
        assertEquals(70, odd.frame().x(), 0.01, "inner margin plus gutter on the right-hand page");
        assertEquals(80, even.frame().x(), 0.01, "the outer margin is on the left of a left-hand page");
    }

    @Test
    void recordsEveryHeadingWithItsPageAndPosition() {
        Document doc = Fixtures.rich(4, 10);
        LaidOutDocument laid = Fixtures.layout(doc, Fixtures.theme());
        List<String> model = new ArrayList<>();
        Walk.document(doc, b -> {
            if (b instanceof Heading h) {
                model.add(PlainText.of(h.content()));
            }
        }, i -> { });
        List<String> recorded = laid.headings().stream().filter(h -> !h.generated()).map(HeadingRecord::text).toList();
        assertEquals(model, recorded);
        for (HeadingRecord h : laid.headings()) {
            Page page = laid.pages().get(h.page() - 1);
            boolean there = Fixtures.runs(page).stream().anyMatch(r -> Math.abs(r.top() - h.y()) < 12
                    && h.title().startsWith(r.text().strip().split("[ \u2002]")[0]));
            assertTrue(there, "heading '" + h.text() + "' is drawn on page " + h.page() + " at " + h.y());
            boolean destination = page.boxes().stream().anyMatch(b -> b instanceof Destination d
                    && d.name().equals(h.destination()) && d.y() == h.y());
            assertTrue(destination, "a destination marks heading '" + h.text() + "'");
        }
        assertEquals("sec-0", laid.headings().stream().filter(h -> !h.generated()).findFirst().orElseThrow().id());
    }

    @Test
    void numbersHeadingsWhenTheThemeAsks() {
        Document doc = Document.builder(Fixtures.metadata("Numbered")).heading(1, "One").heading(2, "One a")
                .heading(2, "One b").heading(1, "Two").heading(3, "Two deep").build();
        Theme theme = Fixtures.themeBuilder().headingNumbering(HeadingNumbering.ALL).numberedLevels(2).build();
        List<HeadingRecord> headings = Fixtures.layout(doc, theme).headings();
        assertEquals(List.of("1", "1.1", "1.2", "2", ""), headings.stream().map(HeadingRecord::label).toList());
    }

    @Test
    void setsHangulInAnEnglishParagraphWithTheFallbackFont() {
        Document doc = Document.builder(Fixtures.metadata("Hangul"))
                .add(Paragraph.of(new Text("The Korean word 안녕하세요 means hello."))).build();
        List<String> warnings = new ArrayList<>();
        LaidOutDocument laid = Fixtures.layout(Fixtures.options(warnings::add), doc, Fixtures.theme());
        var hangulFace = FontLibrary.load(Fixtures.HANGUL_FILE);
        List<GlyphRun> runs = Fixtures.runs(laid.pages().get(0));
        GlyphRun hangul = runs.stream().filter(r -> r.text().contains("안녕하세요")).findFirst().orElseThrow();
        assertEquals(hangulFace, hangul.face());
        assertEquals("안녕하세요", hangul.text().strip());
        GlyphRun english = runs.stream().filter(r -> r.text().contains("Korean")).findFirst().orElseThrow();
        assertTrue(english.face().name().contains("Liberation Serif"), english.face().name());
        assertTrue(warnings.isEmpty(), warnings.toString());
    }

    @Test
    void laysOutFixedPagesAndFlowsThatStartNewPages() {
        Theme theme = Fixtures.theme();
        var metadata = Fixtures.metadata("Sections");
        var fonts = new org.briefkit.pdf.internal.font.FontSet(theme.fonts(), null, m -> { }, w -> { });
        LayoutEngine engine = new LayoutEngine(theme, metadata, fonts, org.briefkit.pdf.internal.text.Hyphenation.NONE,
                false, null);
        PageStyle heads = new PageStyle(theme.header(), theme.footer(), true);
        List<Section> sections = List.of(
                new FixedPage(PageStyle.NONE, canvas -> {
                    canvas.fill(0, 0, canvas.width(), 200, theme.palette().accent());
                    canvas.paragraph(List.of(new Text("Cover title")), engine.styles().title().text(),
                            org.briefkit.pdf.internal.text.LineSetter.Align.LEFT, 72, 300, 300, 30);
                    canvas.destination("cover", 72, 300);
                }),
                new Flow(w -> {
                    w.heading(1, "Generated");
                    w.blocks("body", List.of(Paragraph.of("First flow.")));
                }, heads, true),
                new Flow(w -> w.blocks("body", List.of(Paragraph.of("Second flow."))), heads, true));
        LaidOutDocument laid = engine.layout(sections);
        assertEquals(3, laid.pages().size());
        Page cover = laid.pages().get(0);
        assertTrue(cover.furniture().isEmpty(), "a cover has no running heads");
        assertTrue(cover.boxes().get(0) instanceof Fill);
        assertEquals("Cover title", Fixtures.runs(cover).get(0).text());
        assertTrue(Fixtures.text(laid.pages().get(1)).contains("First flow."));
        assertTrue(Fixtures.text(laid.pages().get(2)).contains("Second flow."));
        assertTrue(laid.pages().get(2).furniture().stream().anyMatch(b -> ((GlyphRun) b).text().equals("Page 3 of 3")));
        assertEquals(2, laid.headings().get(0).page());
    }

    @Test
    void layoutIsTheSameEveryTime() {
        Document doc = Fixtures.rich(5, 6);
        LaidOutDocument a = Fixtures.layout(doc, Fixtures.theme());
        LaidOutDocument b = Fixtures.layout(doc, Fixtures.theme());
        assertEquals(a.pages().size(), b.pages().size());
        for (int i = 0; i < a.pages().size(); i++) {
            assertEquals(a.pages().get(i).boxes(), b.pages().get(i).boxes());
        }
    }
}

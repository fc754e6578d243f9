package org.briefkit.pdf.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.briefkit.model.Heading;
import org.briefkit.model.Note;
import org.briefkit.model.Paragraph;
import org.briefkit.model.Text;
import org.briefkit.pdf.Fixtures;
import org.briefkit.pdf.internal.font.FontSet;
import org.briefkit.pdf.internal.text.Hyphenation;
import org.briefkit.theme.Theme;
import org.junit.jupiter.api.Test;

/**
 * What layouts add around the model's blocks: contents entries, cards, columns, holds, headroom,
 * versos, and the links between notes and their markers.
 */
class FlowWriterTest {
    private static final Theme THEME = Fixtures.theme();

    private static LaidOutDocument layout(List<Section> sections, boolean endnotes) {
        FontSet fonts = new FontSet(THEME.fonts(), null, m -> { }, w -> { });
        LayoutEngine engine = new LayoutEngine(THEME, Fixtures.metadata("Flows"), fonts, Hyphenation.NONE, endnotes,
                null);
        return engine.layout(sections);
    }

    private static Styles styles() {
        return new Styles(THEME);
    }

    private static PageStyle heads() {
        return new PageStyle(THEME.header(), THEME.footer(), true);
    }

    private static String words(int seed, int n) {
        return Fixtures.words(new Random(seed), n);
    }

    private static List<GlyphRun> runs(Page page, String text) {
        return Fixtures.runs(page).stream().filter(r -> r.text().strip().equals(text)).toList();
    }

    @Test
    void aContentsEntryShowsThePageItsDestinationLandsOnFlushRightAfterALeaderAndLinksToIt() {
        Styles s = styles();
        LaidOutDocument laid = layout(List.of(new Flow(w -> {
            w.contentsEntry("1", "The first chapter", "ch1", s.body(), 0, 20, THEME.palette().muted());
            w.contentsEntry("", "A later section", "later", s.body(), 20, 0, THEME.palette().muted());
            w.pageBreak();
            w.heading(1, "The first chapter", "ch1");
            w.pageBreak();
            w.paragraph(List.of(new Text("filler")), s.body());
            w.pageBreak();
            w.heading(2, "A later section", "later");
        }, heads(), false)), false);
        Page toc = laid.pages().get(0);
        GlyphRun two = runs(toc, "2").get(0);
        GlyphRun four = runs(toc, "4").get(0);
        assertEquals(toc.frame().right(), two.right(), 0.5f, "the page number is flush right");
        assertEquals(toc.frame().right(), four.right(), 0.5f);
        assertTrue(four.y() > two.y());
        List<Leader> leaders = toc.boxes().stream().filter(b -> b instanceof Leader).map(b -> (Leader) b).toList();
        assertEquals(2, leaders.size());
        GlyphRun text = runs(toc, "The first chapter").get(0);
        assertTrue(leaders.get(0).first() > text.right() && leaders.get(0).x2() < two.x(), "dots between");
        assertEquals(two.y(), leaders.get(0).y(), 0.01, "on the entry's baseline");
        assertTrue(leaders.get(0).dots() > 20);
        assertEquals(0, leaders.get(0).first() % leaders.get(0).pitch(), 0.01, "dots on a grid, so they line up");
        assertTrue(runs(toc, "1").get(0).right() < text.x(), "the number hangs before the text");
        assertTrue(runs(toc, "A later section").get(0).x() > text.x() - 0.01, "indented");
        long links = toc.boxes().stream().filter(b -> b instanceof LinkArea l && l.target().equals("#ch1")).count();
        assertEquals(1, links, "the entry links to its heading");
        assertEquals(2, laid.headings().get(0).page());
    }

    @Test
    void aCardFillsBehindItsContentWithABarAtTheLeft() {
        Styles s = styles();
        LaidOutDocument laid = layout(List.of(new Flow(w -> {
            w.paragraph(List.of(new Text("before")), s.body());
            w.card(THEME.palette().calloutFill(), THEME.palette().accent(), 3, 8,
                    c -> c.paragraph(List.of(new Text("inside")), s.body()));
            w.paragraph(List.of(new Text("after")), s.body());
        }, heads(), false)), false);
        Page page = laid.pages().get(0);
        Fill fill = page.boxes().stream().filter(b -> b instanceof Fill).map(b -> (Fill) b).findFirst().orElseThrow();
        Rule bar = page.boxes().stream().filter(b -> b instanceof Rule).map(b -> (Rule) b).findFirst().orElseThrow();
        GlyphRun inside = runs(page, "inside").get(0);
        assertTrue(fill.y() < inside.top() && fill.y() + fill.height() > inside.bottom());
        assertTrue(inside.x() >= page.frame().x() + 11 - 0.01, "indented past the bar and padding");
        assertEquals(page.frame().x() + 1.5f, bar.x1(), 0.01);
        assertTrue(runs(page, "after").get(0).top() > fill.y() + fill.height());
    }

    @Test
    void columnsSetTwoPiecesSideBySideTopAligned() {
        Styles s = styles();
        LaidOutDocument laid = layout(List.of(new Flow(w -> w.columns(200, 20,
                a -> a.paragraph(List.of(new Text("left")), s.body()),
                b -> {
                    b.paragraph(List.of(new Text("right one")), s.body());
                    b.paragraph(List.of(new Text("right two")), s.body());
                }), heads(), false)), false);
        Page page = laid.pages().get(0);
        GlyphRun left = runs(page, "left").get(0);
        GlyphRun right = runs(page, "right one").get(0);
        assertEquals(left.y(), right.y(), 0.01);
        assertEquals(page.frame().x() + 220, right.x(), 0.01);
        assertTrue(runs(page, "right two").get(0).y() > right.y());
    }

    @Test
    void togetherKeepsItsContentOnOnePage() {
        Styles s = styles();
        LaidOutDocument laid = layout(List.of(new Flow(w -> {
            for (int i = 0; i < 8; i++) {
                w.paragraph(List.of(new Text(words(i, 80))), s.body());
            }
            w.together(t -> {
                for (int i = 0; i < 6; i++) {
                    t.paragraph(List.of(new Text("kept " + i + " " + words(10 + i, 30))), s.body());
                }
            });
        }, heads(), false)), false);
        int first = -1;
        int last = -1;
        for (Page page : laid.pages()) {
            String text = Fixtures.text(page);
            if (text.contains("kept 0 ")) {
                first = page.number();
            }
            if (text.contains("kept 5 ")) {
                last = page.number();
            }
        }
        assertEquals(first, last, "the held paragraphs share a page");
        assertEquals(2, laid.pages().size());
    }

    @Test
    void headroomLetsTheFirstPageStartInTheTopMarginOnly() {
        Styles s = styles();
        LaidOutDocument laid = layout(List.of(new Flow(w -> {
            for (int i = 0; i < 12; i++) {
                w.paragraph(List.of(new Text(words(i, 80))), s.body());
            }
        }, PageStyle.NONE, false, 30)), false);
        assertEquals(72 - 30, laid.pages().get(0).frame().y(), 0.01);
        assertEquals(648 + 30, laid.pages().get(0).frame().height(), 0.01);
        assertEquals(72, laid.pages().get(1).frame().y(), 0.01);
        assertTrue(Fixtures.runs(laid.pages().get(0)).get(0).top() < 50);
    }

    @Test
    void aVersoPageIsEvenAfterABlankPageWhenNeeded() {
        Styles s = styles();
        Flow one = new Flow(w -> w.paragraph(List.of(new Text("one page")), s.body()), heads(), false);
        LaidOutDocument odd = layout(List.of(one, new FixedPage(PageStyle.NONE, c -> { }, true)), false);
        assertEquals(2, odd.pages().size(), "page 2 is already even");
        Flow two = new Flow(w -> {
            w.paragraph(List.of(new Text("one")), s.body());
            w.pageBreak();
            w.paragraph(List.of(new Text("two")), s.body());
        }, heads(), false);
        LaidOutDocument even = layout(List.of(two, new FixedPage(PageStyle.NONE, c -> { }, true)), false);
        assertEquals(4, even.pages().size());
        assertTrue(even.pages().get(2).isEmpty() && even.pages().get(2).furniture().isEmpty(), "a blank page");
    }

    @Test
    void aFigureThatDoesNotFitMovesToTheNextPageWhileTheTextAfterItFillsThisOne() {
        org.briefkit.model.Image chart = Fixtures.png(800, 500);
        org.briefkit.model.Figure first = new org.briefkit.model.Figure(org.briefkit.model.Attr.id("fig-a"), chart,
                "A chart", List.of(new Text("Figure A")), List.of());
        org.briefkit.model.Figure second = new org.briefkit.model.Figure(org.briefkit.model.Attr.id("fig-b"), chart,
                "A chart", List.of(new Text("Figure B")), List.of());
        LaidOutDocument laid = layout(List.of(new Flow(w -> w.blocks("body", List.of(
                Paragraph.of("before " + words(1, 380)), first, Paragraph.of("after " + words(2, 60)),
                second, Paragraph.of("last " + words(3, 40)))), heads(), false)), false);
        Page one = laid.pages().get(0);
        Page two = laid.pages().get(1);
        assertTrue(Fixtures.text(one).contains("after "), "the text after the figure fills page 1");
        assertTrue(runs(one, "Figure A").isEmpty());
        GlyphRun caption = runs(two, "Figure A").get(0);
        ImageBox picture = two.boxes().stream().filter(b -> b instanceof ImageBox).map(b -> (ImageBox) b)
                .findFirst().orElseThrow();
        assertEquals(two.frame().y(), picture.y(), 0.5f, "the figure tops page 2");
        assertTrue(caption.y() > picture.y());
        List<GlyphRun> all = laid.pages().stream().flatMap(p -> Fixtures.runs(p).stream()).toList();
        int a = all.indexOf(caption);
        int b = all.indexOf(laid.pages().stream().flatMap(p -> runs(p, "Figure B").stream()).findFirst().orElseThrow());
        assertTrue(a < b, "a figure never passes the next one");
        List<Float> gaps = new java.util.ArrayList<>();
        List<GlyphRun> body = Fixtures.runs(one).stream().filter(r -> r.size() > 10).toList();
        for (int i = 1; i < body.size(); i++) {
            if (body.get(i).y() > body.get(i - 1).y() + 0.1f) {
                gaps.add(body.get(i).y() - body.get(i - 1).y());
            }
        }
        float leading = (float) THEME.type().bodyLeading();
        assertTrue(gaps.stream().allMatch(g -> g < leading + THEME.type().paragraphGap() + 0.5f),
                "no hole where the figure was: " + gaps);
    }

    @Test
    void noteMarkersLinkToTheirNotesAndTheNotesBack() {
        for (boolean endnotes : new boolean[] {false, true}) {
            Paragraph cited = Paragraph.of(new Text("A claim."), Note.of("The source."), new Text(" More."));
            LaidOutDocument laid = layout(List.of(new Flow(w -> {
                w.blocks("body", List.of(cited, new Heading(1, org.briefkit.model.Attr.EMPTY,
                        List.of(new Text("Later")))));
                if (w.hasEndnotes()) {
                    w.endnotes();
                }
            }, heads(), false)), endnotes);
            List<Box> boxes = laid.pages().stream().flatMap(p -> p.boxes().stream()).toList();
            assertTrue(boxes.stream().anyMatch(b -> b instanceof LinkArea l && l.target().equals("#_bk/note/1")),
                    "the marker links to the note (" + (endnotes ? "endnotes" : "footnotes") + ")");
            assertTrue(boxes.stream().anyMatch(b -> b instanceof LinkArea l && l.target().equals("#_bk/ref/1")),
                    "the note's number links back");
            Destination note = boxes.stream().filter(b -> b instanceof Destination d && d.name().equals("_bk/note/1"))
                    .map(b -> (Destination) b).findFirst().orElseThrow();
            Destination ref = boxes.stream().filter(b -> b instanceof Destination d && d.name().equals("_bk/ref/1"))
                    .map(b -> (Destination) b).findFirst().orElseThrow();
            assertTrue(note.y() > ref.y(), "the note is below its marker");
        }
    }
}

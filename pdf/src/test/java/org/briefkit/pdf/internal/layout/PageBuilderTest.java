package org.briefkit.pdf.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.briefkit.model.Block;
import org.briefkit.model.Document;
import org.briefkit.model.DocumentBuilder;
import org.briefkit.model.Heading;
import org.briefkit.model.Inline;
import org.briefkit.model.Note;
import org.briefkit.model.Paragraph;
import org.briefkit.model.Text;
import org.briefkit.pdf.Fixtures;
import org.briefkit.theme.NotePlacement;
import org.briefkit.theme.Theme;
import org.junit.jupiter.api.Test;

/** How pages are filled: widows and orphans, headings kept with their text, footnotes on the page citing them. */
class PageBuilderTest {

    /** The baselines of a block's lines on each page: runs of one line share a baseline within a few points. */
    private static Map<Block, TreeMap<Integer, Integer>> linesPerPage(LaidOutDocument doc) {
        Map<Block, TreeMap<Integer, Integer>> out = new IdentityHashMap<>();
        for (Page page : doc.pages()) {
            Map<Block, List<Float>> baselines = new IdentityHashMap<>();
            for (GlyphRun r : Fixtures.runs(page)) {
                if (r.source() != null) {
                    baselines.computeIfAbsent(r.source(), b -> new ArrayList<>()).add(r.y());
                }
            }
            baselines.forEach((block, ys) -> {
                ys.sort(null);
                int lines = 0;
                float last = -1000;
                for (float y : ys) {
                    if (y - last > 6) {
                        lines++;
                        last = y;
                    }
                }
                out.computeIfAbsent(block, b -> new TreeMap<>()).put(page.number(), lines);
            });
        }
        return out;
    }

    @Test
    void leavesNoWidowOrOrphanLineAcrossManyParagraphLengths() {
        Random random = new Random(42);
        DocumentBuilder b = Document.builder(Fixtures.metadata("Widows and orphans"));
        List<Paragraph> paragraphs = new ArrayList<>();
        for (int i = 0; i < 160; i++) {
            Paragraph p = Paragraph.of(Fixtures.words(random, 8 + random.nextInt(150)));
            paragraphs.add(p);
            b.add(p);
        }
        LaidOutDocument doc = Fixtures.layout(b.build(), Fixtures.theme());
        assertTrue(doc.pages().size() > 20, "the test needs many page breaks: " + doc.pages().size());
        Map<Block, TreeMap<Integer, Integer>> lines = linesPerPage(doc);
        int split = 0;
        for (Paragraph p : paragraphs) {
            TreeMap<Integer, Integer> perPage = lines.get(p);
            if (perPage.size() > 1) {
                split++;
                assertTrue(perPage.firstEntry().getValue() >= 2, "orphan: one line at the foot of page "
                        + perPage.firstKey());
                assertTrue(perPage.lastEntry().getValue() >= 2, "widow: one line at the top of page "
                        + perPage.lastKey());
            }
        }
        assertTrue(split > 10, "too few paragraphs split across pages to prove anything: " + split);
    }

    @Test
    void honoursWiderWidowAndOrphanSettings() {
        Random random = new Random(7);
        DocumentBuilder b = Document.builder(Fixtures.metadata("Three lines"));
        List<Paragraph> paragraphs = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            Paragraph p = Paragraph.of(Fixtures.words(random, 20 + random.nextInt(150)));
            paragraphs.add(p);
            b.add(p);
        }
        Theme theme = Fixtures.themeBuilder().widowLines(3).orphanLines(3).build();
        Map<Block, TreeMap<Integer, Integer>> lines = linesPerPage(Fixtures.layout(b.build(), theme));
        for (Paragraph p : paragraphs) {
            TreeMap<Integer, Integer> perPage = lines.get(p);
            if (perPage.size() > 1) {
                assertTrue(perPage.firstEntry().getValue() >= 3);
                assertTrue(perPage.lastEntry().getValue() >= 3);
            }
        }
    }

    @Test
    void neverLeavesAHeadingLastOnAPage() {
        Random random = new Random(3);
        for (int trial = 0; trial < 6; trial++) {
            DocumentBuilder b = Document.builder(Fixtures.metadata("Headings"));
            for (int i = 0; i < 45; i++) {
                b.add(Heading.of(1 + random.nextInt(3), "Section " + i + " " + Fixtures.words(random, 1 + random.nextInt(9))));
                if (random.nextInt(5) == 0) {
                    b.add(Heading.of(3, "Subsection " + i)); // two headings in a row
                }
                int paragraphs = 1 + random.nextInt(3);
                for (int k = 0; k < paragraphs; k++) {
                    b.add(Paragraph.of(Fixtures.words(random, 10 + random.nextInt(90))));
                }
            }
            LaidOutDocument doc = Fixtures.layout(b.build(), Fixtures.theme());
            for (HeadingRecord h : doc.headings()) {
                if (h.generated()) {
                    continue;
                }
                Page page = doc.pages().get(h.page() - 1);
                long linesBelow = Fixtures.runs(page).stream()
                        .filter(r -> r.source() instanceof Paragraph && r.y() > h.y())
                        .map(r -> Math.round(r.y())).distinct().count();
                assertTrue(linesBelow >= 2, "trial " + trial + ": heading '" + h.text() + "' on page " + h.page()
                        + " has " + linesBelow + " lines of text after it on its page");
            }
        }
    }

    @Test
    void setsEachFootnoteOnThePageOfItsMarker() {
        Random random = new Random(11);
        DocumentBuilder b = Document.builder(Fixtures.metadata("Footnotes"));
        int notes = 0;
        for (int i = 0; i < 60; i++) {
            List<Inline> content = new ArrayList<>();
            content.add(new Text(Fixtures.words(random, 20 + random.nextInt(80)) + " "));
            if (random.nextInt(3) > 0) {
                notes++;
                String noteText = "Footnote" + notes + " " + Fixtures.words(random, 5 + random.nextInt(random.nextInt(8) == 0 ? 120 : 30));
                content.add(new Note(List.of(Paragraph.of(noteText))));
                content.add(new Text(" " + Fixtures.words(random, 5 + random.nextInt(40))));
            }
            b.add(new Paragraph(content));
        }
        Theme theme = Fixtures.themeBuilder().notes(NotePlacement.FOOTNOTES).build();
        LaidOutDocument doc = Fixtures.layout(b.build(), theme);
        Map<Integer, Integer> markerPage = new HashMap<>();
        Map<Integer, Integer> notePage = new HashMap<>();
        float markerSize = (float) theme.type().body() * 0.68f;
        for (Page page : doc.pages()) {
            for (GlyphRun r : Fixtures.runs(page)) {
                if (Math.abs(r.size() - markerSize) < 0.01f && r.text().matches("\\d+")) {
                    markerPage.putIfAbsent(Integer.parseInt(r.text()), page.number());
                }
                if (r.text().matches("Footnote\\d+.*")) {
                    String number = r.text().substring(8).split(" ")[0];
                    notePage.putIfAbsent(Integer.parseInt(number), page.number());
                }
            }
        }
        assertEquals(notes, markerPage.size(), "every marker is drawn");
        assertEquals(notes, notePage.size(), "every note is drawn");
        for (int n = 1; n <= notes; n++) {
            assertEquals(markerPage.get(n), notePage.get(n), "note " + n + " starts on the page of its marker");
        }
    }

    @Test
    void continuesALongFootnoteOnTheNextPage() {
        Random random = new Random(5);
        DocumentBuilder b = Document.builder(Fixtures.metadata("A long note"));
        for (int i = 0; i < 5; i++) {
            b.add(Paragraph.of(Fixtures.words(random, 120)));
        }
        String longNote = "Longnote " + Fixtures.words(random, 900);
        b.add(new Paragraph(List.of(new Text(Fixtures.words(random, 40)), new Note(List.of(Paragraph.of(longNote))),
                new Text(" " + Fixtures.words(random, 60)))));
        for (int i = 0; i < 6; i++) {
            b.add(Paragraph.of(Fixtures.words(random, 120)));
        }
        Theme theme = Fixtures.themeBuilder().notes(NotePlacement.FOOTNOTES).build();
        LaidOutDocument doc = Fixtures.layout(b.build(), theme);
        Block noteParagraph = null;
        int first = -1;
        int last = -1;
        for (Page page : doc.pages()) {
            for (GlyphRun r : Fixtures.runs(page)) {
                if (r.text().startsWith("Longnote")) {
                    noteParagraph = r.source();
                }
                if (noteParagraph != null && r.source() == noteParagraph) {
                    first = first < 0 ? page.number() : first;
                    last = page.number();
                }
            }
        }
        assertTrue(first > 0);
        assertTrue(last > first, "a 900-word note must continue on the next page");
        for (Page page : doc.pages()) {
            for (GlyphRun r : Fixtures.runs(page)) {
                assertTrue(r.bottom() <= page.frame().bottom() + 0.5f, "text below the text block on page "
                        + page.number());
            }
        }
    }

    @Test
    void collectsEndnotesUnderNotesWhenTheThemeSaysSo() {
        DocumentBuilder b = Document.builder(Fixtures.metadata("Endnotes"));
        b.add(new Paragraph(List.of(new Text("Claim one"), Note.of("Source one."), new Text(" and claim two"),
                Note.of("Source two."))));
        Theme theme = Fixtures.themeBuilder().notes(NotePlacement.ENDNOTES).build();
        LaidOutDocument doc = Fixtures.layout(b.build(), theme);
        HeadingRecord notes = doc.headings().get(doc.headings().size() - 1);
        assertEquals("Notes", notes.text());
        assertTrue(notes.generated());
        String all = String.join(" ", doc.pages().stream().map(Fixtures::text).toList());
        assertTrue(all.indexOf("Source one.") > all.indexOf("Claim one"));
        assertTrue(all.indexOf("Source two.") > all.indexOf("Source one."));
        boolean linked = doc.pages().stream().flatMap(p -> p.boxes().stream())
                .anyMatch(x -> x instanceof LinkArea l && l.target().equals("#_bk/note/2"));
        assertTrue(linked, "an endnote marker links to its note");
        boolean target = doc.pages().stream().flatMap(p -> p.boxes().stream())
                .anyMatch(x -> x instanceof Destination d && d.name().equals("_bk/note/2"));
        assertTrue(target);
    }

    @Test
    void startsAPageAtAPageBreakAndNeverAddsBlankPages() {
        Document doc = Document.builder(Fixtures.metadata("Breaks")).paragraph("First page.").pageBreak()
                .pageBreak().paragraph("Second page.").pageBreak().build();
        LaidOutDocument laid = Fixtures.layout(doc, Fixtures.theme());
        assertEquals(2, laid.pages().size());
        assertTrue(Fixtures.text(laid.pages().get(1)).contains("Second"));
        assertFalse(Fixtures.text(laid.pages().get(0)).contains("Second"));
    }
}

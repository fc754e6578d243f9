package org.briefkit.pdf.internal.layout.kinds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.briefkit.compose.Contents;
import org.briefkit.compose.ContentsEntry;
import org.briefkit.compose.Headings;
import org.briefkit.model.Document;
import org.briefkit.model.DocumentKind;
import org.briefkit.model.Heading;
import org.briefkit.model.Note;
import org.briefkit.model.Paragraph;
import org.briefkit.model.Text;
import org.briefkit.model.Walk;
import org.briefkit.pdf.Fixtures;
import org.briefkit.pdf.Samples;
import org.briefkit.pdf.internal.layout.Fill;
import org.briefkit.pdf.internal.layout.GlyphRun;
import org.briefkit.pdf.internal.layout.HeadingRecord;
import org.briefkit.pdf.internal.layout.LaidOutDocument;
import org.briefkit.pdf.internal.layout.Leader;
import org.briefkit.pdf.internal.layout.Page;
import org.briefkit.theme.HeadingNumbering;
import org.briefkit.theme.Theme;
import org.junit.jupiter.api.Test;

/** Briefs and reports: cover, copyright page, contents with the right pages, summary, back cover. */
class PublicationLayoutTest {

    private static Theme letter() {
        return Fixtures.fullThemeBuilder().build();
    }

    private static String furniture(Page page) {
        return page.furniture().stream().map(b -> ((GlyphRun) b).text()).collect(Collectors.joining("|"));
    }

    @Test
    void aReportOpensWithACoverAndTheCopyrightPageAndEndsWithABackCoverOnAnEvenPage() {
        LaidOutDocument laid = Fixtures.layout(Samples.report(3), letter());
        List<Page> pages = laid.pages();
        Page cover = pages.get(0);
        Fixtures.assertInOrder(Fixtures.written(cover), "Climate and Health Program", "Cool Hours",
                "Protecting Older Adults from Extreme Heat", "Kim Min-ji", ", Senior Fellow", "Park Joon-ho",
                "Rachel Alvarez", "March 17, 2026", "Bramblewood Institute");
        assertTrue(cover.furniture().isEmpty(), "no running heads on the cover");
        assertTrue(cover.boxes().stream().anyMatch(b -> b instanceof Fill), "the accent band");
        GlyphRun org = Fixtures.runs(cover).get(Fixtures.runs(cover).size() - 1);
        assertEquals("Bramblewood Institute", org.text());
        assertTrue(org.bottom() > cover.frame().bottom() - 8, "the organization at the foot");

        Page copyright = pages.get(1);
        Fixtures.assertInOrder(Fixtures.written(copyright), "\u00A9 2026 Bramblewood Institute", "All rights reserved.");
        assertTrue(copyright.furniture().isEmpty());
        List<GlyphRun> lines = Fixtures.runs(copyright);
        assertTrue(lines.get(lines.size() - 1).bottom() > copyright.frame().bottom() - 8, "at the foot");

        Page back = pages.get(pages.size() - 1);
        assertEquals(0, back.number() % 2, "the back cover is a verso, the outside of the printed report");
        assertTrue(back.furniture().isEmpty());
        Fixtures.assertInOrder(Fixtures.written(back), "Bramblewood Institute", "is an independent, nonpartisan",
                "1225 Harmon Place NW", "https://www.example.org/", "Media contact", "Laura Whitfield",
                "l.whitfield@example.org");
        assertTrue(furniture(pages.get(2)).contains("Page 3 of " + pages.size()), furniture(pages.get(2)));
    }

    @Test
    void aBriefOpensWithItsCoverAsABandOnPageOneAndClosesWithTheBackCoverPanel() {
        for (Theme theme : List.of(letter(), Theme.a4().toBuilder().fonts(letter().fonts()).build())) {
            LaidOutDocument laid = Fixtures.layout(Samples.brief(), theme);
            List<Page> pages = laid.pages();
            Page first = pages.get(0);
            Fixtures.assertInOrder(Fixtures.written(first), "Climate and Health Program", "Open Late, Close By",
                    "What Seoul's Heat Shelters", "Park Joon-ho, Visiting Fellow", "Kim Min-ji", "March 17, 2026",
                    "Bramblewood Institute", "\u00A9 2026 Bramblewood Institute", "A Briefkit sample document",
                    "Executive Summary", "Key takeaways");
            assertTrue(first.furniture().isEmpty(), "page 1 has no running heads");
            assertTrue(Fixtures.runs(first).get(0).top() < 72, "the band starts in the top margin");
            Page last = pages.get(pages.size() - 1);
            Fixtures.assertInOrder(Fixtures.written(last), "Read more", "Bramblewood Institute",
                    "is an independent, nonpartisan", "1225 Harmon Place NW", "https://www.example.org/",
                    "Media contact", "Laura Whitfield", "l.whitfield@example.org");
            assertFalse(last.furniture().isEmpty(), "the panel closes a page of text, with its running heads");
            assertTrue(pages.stream().noneMatch(Page::isEmpty), "no blank page");
        }
    }

    @Test
    void listsCoresContentsEntriesWithThePagesTheirHeadingsLandOn() {
        for (Theme theme : List.of(letter(), letter().toBuilder().headingNumbering(HeadingNumbering.ALL).build(),
                Theme.a4().toBuilder().fonts(letter().fonts()).build())) {
            Document doc = Samples.report(6);
            LaidOutDocument laid = Fixtures.layout(doc, theme);
            List<ContentsEntry> entries = Contents.of(doc, theme, Headings.of(doc, theme));
            Map<String, Integer> pageOf = laid.headings().stream()
                    .collect(Collectors.toMap(HeadingRecord::destination, HeadingRecord::page));
            List<Page> toc = laid.pages().stream().filter(p -> p.boxes().stream().anyMatch(b -> b instanceof Leader))
                    .toList();
            assertFalse(toc.isEmpty());
            assertEquals(3, toc.get(0).number(), "the contents follow the cover and the copyright page");
            assertEquals("Contents", laid.headings().get(0).text());
            List<String> lines = new ArrayList<>();
            for (Page p : toc) {
                lines.addAll(entryLines(p));
            }
            assertEquals(entries.size(), lines.size(), lines.toString());
            for (int i = 0; i < entries.size(); i++) {
                ContentsEntry e = entries.get(i);
                String line = lines.get(i);
                String expected = (e.number().isEmpty() ? "" : e.number() + " ") + e.text();
                assertTrue(line.startsWith(expected), line + " starts with " + expected);
                assertTrue(line.endsWith(" " + pageOf.get(e.anchor())), line + " ends with the page of " + e.anchor()
                        + ", " + pageOf.get(e.anchor()));
            }
        }
    }

    /** Each entry of a contents page as "number text page", from its runs: an entry ends with its page number. */
    private static List<String> entryLines(Page page) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        List<GlyphRun> runs = Fixtures.runs(page);
        for (GlyphRun r : runs) {
            if (r.text().equals("Contents")) {
                continue;
            }
            current.append(current.length() == 0 ? "" : " ").append(r.actualText() != null
                    && !r.actualText().equals("\u00AD") ? r.actualText() : r.text().strip());
            if (r.text().strip().matches("\\d+") && Math.abs(r.right() - page.frame().right()) < 0.5f) {
                out.add(current.toString().replaceAll("\\s+", " "));
                current.setLength(0);
            }
        }
        return out;
    }

    @Test
    void aReportStartsItsContentsSummaryBodyNotesAndAppendicesOnNewPages() {
        Theme theme = letter().toBuilder().notes(org.briefkit.theme.NotePlacement.ENDNOTES).build();
        LaidOutDocument laid = Fixtures.layout(Samples.report(3), theme);
        for (String first : List.of("Contents", "Executive Summary", "Notes", "Methods", "About the Authors")) {
            HeadingRecord h = find(laid, first);
            assertTrue(h.y() - laid.pages().get(h.page() - 1).frame().y() < 30, first + " tops its page");
        }
        HeadingRecord body = laid.headings().stream().filter(h -> h.id().equals("ch0")).findFirst().orElseThrow();
        assertTrue(body.page() > find(laid, "Executive Summary").page());
        assertTrue(body.y() - laid.pages().get(body.page() - 1).frame().y() < 30);
    }

    @Test
    void withoutACoverPageOneOpensWithTheTitleBlockAndTheCopyrightLines() {
        Theme theme = letter().toBuilder().coverPage(false).build();
        LaidOutDocument laid = Fixtures.layout(Samples.brief(), theme);
        Page first = laid.pages().get(0);
        Fixtures.assertInOrder(Fixtures.written(first), "Climate and Health Program", "Open Late, Close By",
                "What Seoul's", "Park Joon-ho", "March 17, 2026", "Bramblewood Institute",
                "\u00A9 2026 Bramblewood Institute", "Executive Summary");
        assertTrue(first.furniture().isEmpty(), "page 1 has no running heads by default");
        String last = Fixtures.written(laid.pages().get(laid.pages().size() - 1));
        assertFalse(last.contains("Media contact"), "no back cover without a cover");
    }

    @Test
    void drawsEveryWordOfTheModelInEveryKind() {
        Document notesEverywhere = Document.builder(Samples.pressReleaseMetadata().kind(DocumentKind.BRIEF).build())
                .paragraph(new Text("Body text"), Note.of("noteinbody"))
                .appendix(Heading.of(1, "Appendix"), Paragraph.of(new Text("Appendix text"), Note.of("noteinappendix")))
                .build();
        Document releaseNotes = Document.builder(Samples.pressReleaseMetadata().build())
                .paragraph(new Text("Lead"), Note.of("releasenote")).appendix(Paragraph.of("releaseappendix")).build();
        for (Document doc : List.of(Samples.pressRelease(), Samples.brief(), Samples.report(3), Fixtures.rich(12, 8),
                notesEverywhere, releaseNotes)) {
            LaidOutDocument laid = Fixtures.layout(doc, letter());
            StringBuilder drawn = new StringBuilder();
            for (Page page : laid.pages()) {
                drawn.append(Fixtures.written(page)).append(' ');
            }
            String all = drawn.toString();
            StringBuilder expected = new StringBuilder();
            Walk.document(doc, b -> { }, i -> {
                if (i instanceof org.briefkit.model.Text t) {
                    expected.append(t.text()).append(' ');
                }
            });
            for (String word : expected.toString().split("\\s+")) {
                if (word.length() > 3) {
                    assertTrue(all.contains(word), "'" + word + "' is drawn in " + doc.metadata().kind());
                }
            }
        }
    }

    @Test
    void aDocumentWithNothingButATitleLaysOutInEveryKindAndTheme() {
        for (DocumentKind kind : DocumentKind.values()) {
            for (Theme theme : List.of(letter(), letter().toBuilder().coverPage(false).build(),
                    letter().toBuilder().runningHeadsOnFirstPage(true).headingNumbering(HeadingNumbering.ALL).build())) {
                Document doc = Document.builder(org.briefkit.model.Metadata.builder("Only a title").kind(kind).build())
                        .build();
                LaidOutDocument laid = Fixtures.layout(doc, theme);
                String text = laid.pages().stream().map(Fixtures::written).collect(Collectors.joining(" "));
                assertTrue(text.contains("Only a title"), kind + ": " + text);
            }
        }
    }

    private static HeadingRecord find(LaidOutDocument laid, String text) {
        return laid.headings().stream().filter(h -> h.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no heading " + text));
    }
}

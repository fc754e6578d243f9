package org.briefkit.pdf.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.briefkit.model.Document;
import org.briefkit.model.Heading;
import org.briefkit.model.Metadata;
import org.briefkit.model.Paragraph;
import org.briefkit.pdf.Fixtures;
import org.junit.jupiter.api.Test;

/** What this renderer sets for now: title block, summary, body, notes, back matter. */
class DocumentLayoutTest {

    @Test
    void setsTheTitleBlockSummaryBodyAndBackMatterInOrder() {
        Document doc = Document.builder(Metadata.builder("The Title").subtitle("The subtitle")
                .author("Jane Doe", "Fellow").author("John Roe", "").date(java.time.LocalDate.of(2026, 3, 15)).build())
                .summary(Paragraph.of("Summary text.")).paragraph("Body text.")
                .appendix(Heading.of(1, "Appendix"), Paragraph.of("Back matter text.")).build();
        LaidOutDocument laid = Fixtures.layout(doc, Fixtures.theme());
        Page first = laid.pages().get(0);
        String text = Fixtures.text(first);
        int title = text.indexOf("The Title");
        assertTrue(title >= 0 && title < text.indexOf("The subtitle"));
        assertTrue(text.indexOf("By Jane Doe and John Roe") > text.indexOf("The subtitle"), text);
        assertTrue(text.contains("March 15, 2026"));
        assertTrue(text.indexOf("Executive Summary") < text.indexOf("Summary text."));
        assertTrue(text.indexOf("Summary text.") < text.indexOf("Body text."));
        GlyphRun titleRun = Fixtures.runs(first).get(0);
        assertEquals("The Title", titleRun.text());
        assertTrue(titleRun.top() - first.frame().y() < 4, "the title starts at the top of page 1");
        assertEquals(2, laid.pages().size(), "the back matter starts a new page");
        assertTrue(Fixtures.text(laid.pages().get(1)).contains("Back matter text."));
        List<String> outline = laid.headings().stream().map(HeadingRecord::text).toList();
        assertEquals(List.of("Executive Summary", "Appendix"), outline);
    }

    @Test
    void drawsEveryWordOfTheModelSomewhere() {
        Document doc = Fixtures.rich(12, 8);
        LaidOutDocument laid = Fixtures.layout(doc, Fixtures.theme());
        StringBuilder drawn = new StringBuilder();
        for (Page page : laid.pages()) {
            for (GlyphRun r : Fixtures.runs(page)) {
                drawn.append(r.actualText() != null && !r.actualText().equals("\u00AD") ? r.actualText() : r.text());
                drawn.append(' ');
            }
        }
        String all = drawn.toString().replace("- ", "").replaceAll("\\s+", " ");
        StringBuilder expected = new StringBuilder();
        org.briefkit.model.Walk.document(doc, b -> { }, i -> {
            if (i instanceof org.briefkit.model.Text t) {
                expected.append(t.text()).append(' ');
            }
        });
        for (String word : expected.toString().split("\\s+")) {
            if (word.length() > 3) {
                assertTrue(all.contains(word.replaceAll("[.,:;]", "")), "'" + word + "' is drawn");
            }
        }
    }
}

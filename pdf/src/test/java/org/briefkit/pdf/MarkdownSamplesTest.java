package org.briefkit.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.briefkit.compose.Contents;
import org.briefkit.compose.ContentsEntry;
import org.briefkit.compose.Headings;
import org.briefkit.markdown.MarkdownReader;
import org.briefkit.model.Document;
import org.briefkit.pdf.internal.layout.HeadingRecord;
import org.briefkit.pdf.internal.layout.LaidOutDocument;
import org.briefkit.theme.Theme;
import org.junit.jupiter.api.Test;

/**
 * The sample documents of {@code examples/samples}, read with the Markdown reader: the press
 * release fits one page on Letter and on A4, the brief is four to six pages and the report thirty
 * or more, the report's contents show the pages its headings land on, and the brief, whose charts
 * have alpha channels, is PDF/A-1b.
 */
class MarkdownSamplesTest {
    private static final Theme LETTER = Fixtures.fullThemeBuilder().build();
    private static final Theme A4 = Theme.a4().toBuilder().fonts(LETTER.fonts()).build();

    private static Document sample(String name) {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isRegularFile(dir.resolve("examples/samples/" + name + ".md"))) {
            dir = dir.getParent();
        }
        assertTrue(dir != null, "examples/samples/" + name + ".md is found above " + Path.of("").toAbsolutePath());
        return MarkdownReader.standard().read(dir.resolve("examples/samples/" + name + ".md"));
    }

    @Test
    void thePressReleaseFitsOnePageOnLetterAndOnA4() {
        Document release = sample("press-release");
        for (Theme theme : List.of(LETTER, A4)) {
            LaidOutDocument laid = Fixtures.layout(release, theme);
            assertEquals(1, laid.pages().size(), "one page on " + theme.pageSize());
            String text = Fixtures.written(laid.pages().get(0));
            assertTrue(text.strip().endsWith("###"), text);
            assertEquals(1, text.split("###", -1).length - 1, "one end mark: " + text);
        }
    }

    @Test
    void theBriefAndTheReportComeOutAtTheirLengths() {
        for (Theme theme : List.of(LETTER, A4, LETTER.toBuilder().coverPage(false).build())) {
            int brief = Fixtures.layout(sample("brief"), theme).pages().size();
            assertTrue(brief >= 4 && brief <= 6, "the brief is 4 to 6 pages: " + brief);
        }
        LaidOutDocument report = Fixtures.layout(sample("report"), LETTER);
        assertTrue(report.pages().size() >= 30, "the report: " + report.pages().size());
        assertEquals(0, report.pages().size() % 2);
    }

    @Test
    void theReportsContentsShowThePagesItsHeadingsLandOn() {
        Document doc = sample("report");
        for (Theme theme : List.of(LETTER, A4)) {
            LaidOutDocument laid = Fixtures.layout(doc, theme);
            Map<String, Integer> pages = laid.headings().stream()
                    .collect(Collectors.toMap(HeadingRecord::destination, HeadingRecord::page));
            StringBuilder toc = new StringBuilder();
            for (int p = 2; p < 5; p++) {
                toc.append(Fixtures.written(laid.pages().get(p))).append(' ');
            }
            List<ContentsEntry> entries = Contents.of(doc, theme, Headings.of(doc, theme));
            int from = 0;
            for (ContentsEntry e : entries) {
                String line = e.text() + " " + pages.get(e.anchor());
                int at = toc.indexOf(line, from);
                assertTrue(at >= 0, "'" + line + "' in the contents after " + from + ": " + toc);
                from = at + line.length();
            }
        }
    }

    @Test
    void theBriefWithItsAlphaChartsIsPdfA1b() throws Exception {
        byte[] pdf = Fixtures.render(sample("brief"), LETTER.toBuilder().pdfA(true).build());
        assertEquals(List.of(), VeraPdf.pdfA1bFailures(pdf));
    }
}

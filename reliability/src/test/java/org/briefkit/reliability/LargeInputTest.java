package org.briefkit.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.briefkit.InvalidDocumentException;
import org.briefkit.markdown.MarkdownException;
import org.briefkit.markdown.MarkdownReader;
import org.briefkit.model.Alignment;
import org.briefkit.model.Attr;
import org.briefkit.model.Block;
import org.briefkit.model.BlockQuote;
import org.briefkit.model.BulletList;
import org.briefkit.model.Document;
import org.briefkit.model.Emphasis;
import org.briefkit.model.Inline;
import org.briefkit.model.ListItem;
import org.briefkit.model.Metadata;
import org.briefkit.model.Paragraph;
import org.briefkit.model.Table;
import org.briefkit.model.TableColumn;
import org.briefkit.model.TableRow;
import org.briefkit.model.Text;
import org.briefkit.theme.Theme;
import org.junit.jupiter.api.Test;

/** Catalogue: very large and very deep input (see docs/RELIABILITY.md; times there are from these tests). */
class LargeInputTest {
    private static final String[] WORDS = ("the alliance report examines a future dynamic moment marked by enormous "
            + "security challenges as well as new cooperation opportunities in three areas").split(" ");

    /**
     * @return about {@code chars} characters of words drawn at random (as repetitive as prose: a
     *         text that repeats exactly compresses past 100:1, which POI takes for a zip bomb)
     */
    static String text(int chars) {
        java.util.Random random = new java.util.Random(chars);
        StringBuilder out = new StringBuilder(chars + 100);
        for (int i = 0; out.length() < chars; i++) {
            if (i % 1_000 == 0) {
                out.append("marker").append(i / 1_000).append(' ');
            }
            out.append(WORDS[random.nextInt(WORDS.length)]);
            if (random.nextInt(6) == 0) {
                out.append(random.nextInt(10_000));
            }
            out.append(random.nextInt(12) == 0 ? ". " : " ");
        }
        return out.toString().strip();
    }

    private static void timed(String what, Runnable run) {
        long start = System.nanoTime();
        run.run();
        System.out.printf("  %s: %.1f s%n", what, (System.nanoTime() - start) / 1e9);
    }

    @Test
    void aTenMegabyteParagraphRendersWithNothingLost() {
        String text = text(10_000_000);
        Document doc = Document.builder(Metadata.builder("A long paragraph").build()).paragraph(text).build();
        timed("10 MB paragraph, PDF and DOCX rendered and checked word by word", () -> {
            Rendered both = Rendered.of(doc);
            assertTrue(both.pdfText().pages() > 1_000, both.pdfText().pages() + " pages");
        });
    }

    @Test
    void aTenMegabyteParagraphInMarkdownReadsOrIsRefusedAtItsLine() {
        String text = text(10_000_000);
        MarkdownReader reader = MarkdownReader.standard();
        String wrapped = "---\ntitle: Long\n---\n\n" + text.replaceAll("(.{70,80}) ", "$1\n") + "\n";
        timed("10 MB paragraph of Markdown in lines of 80, read", () -> {
            Document doc = reader.read(wrapped, (Path) null, "long.md");
            String read = ((Text) ((Paragraph) doc.body().get(0)).content().get(0)).text();
            assertEquals(text.length(), read.length(), "every character kept (line ends become spaces)");
        });
        MarkdownException e = assertThrows(MarkdownException.class,
                () -> reader.read("---\ntitle: Long\n---\n\n" + text + "\n", (Path) null, "line.md"));
        assertEquals(5, e.line());
        assertTrue(e.getMessage().contains("MarkdownLimits.maxLineLength"), e.getMessage());
        byte[] tooBig = new byte[17 << 20];
        java.util.Arrays.fill(tooBig, (byte) 'a');
        MarkdownException big = assertThrows(MarkdownException.class,
                () -> reader.read(new String(tooBig, StandardCharsets.US_ASCII), (Path) null, "big.md"));
        assertTrue(big.getMessage().contains("MarkdownLimits.maxInputBytes"), big.getMessage());
    }

    @Test
    void aHundredThousandRowTableRendersWithItsHeaderOnEveryPage() {
        List<TableRow> rows = new ArrayList<>();
        for (int r = 0; r < 100_000; r++) {
            rows.add(TableRow.of("row " + r, Integer.toString(r * 7), r % 1_000 == 0 ? "marker " + r : "note"));
        }
        Table table = new Table(Attr.EMPTY, List.of(new Text("A long table")),
                List.of(TableColumn.of(Alignment.LEFT), TableColumn.of(Alignment.RIGHT), TableColumn.of(Alignment.LEFT)),
                List.of(TableRow.of("Row", "Value", "Note")), rows);
        Document doc = Document.builder(Metadata.builder("A long table").build()).add(table).build();
        timed("100,000-row table, PDF", () -> {
            byte[] pdf = Renders.pdf(doc, Theme.letter(), new ArrayList<>());
            PdfCheck.Read read = PdfCheck.read(pdf);
            String text = read.text();
            assertTrue(text.contains("row 0") && text.contains("row 99999") && text.contains("marker 99000"));
            long headers = text.lines().filter(l -> l.startsWith("Row") && l.contains("Value")).count();
            assertTrue(headers >= read.pages() - 2, headers + " header rows on " + read.pages() + " pages");
        });
        timed("100,000-row table, DOCX", () -> {
            // Unzipped and read as XML, not reopened with POI: POI's own model of 100,000 rows
            // takes far longer to build than the file takes to write.
            java.util.Map<String, byte[]> parts = DocxCheck.unzip(Renders.docx(doc, Theme.letter()));
            String xml = new String(parts.get("word/document.xml"), StandardCharsets.UTF_8);
            DocxCheck.text("word/document.xml", parts.get("word/document.xml"));
            int count = 0;
            for (int at = xml.indexOf("<w:tr"); at >= 0; at = xml.indexOf("<w:tr", at + 1)) {
                if (xml.startsWith("<w:tr>", at) || xml.startsWith("<w:tr ", at)) {
                    count++;
                }
            }
            assertEquals(100_001, count, "every row, and the header once (marked to repeat)");
            assertTrue(xml.contains("w:tblHeader"), "Word repeats the header row");
        });
    }

    @Test
    void tenThousandLevelsOfNestingAreRefusedWhenTheDocumentIsBuilt() {
        Block deep = Paragraph.of("bottom");
        for (int i = 0; i < 10_000; i++) {
            deep = i % 2 == 0 ? new BlockQuote(List.of(deep), List.of()) : new BulletList(List.of(ListItem.of(deep)));
        }
        Block blocks = deep;
        InvalidDocumentException e = assertThrows(InvalidDocumentException.class,
                () -> Document.builder(Metadata.builder("Deep").build()).add(blocks).build());
        assertTrue(e.getMessage().contains("more than " + Document.MAX_DEPTH + " levels deep"), e.getMessage());
        Inline inline = new Text("bottom");
        for (int i = 0; i < 10_000; i++) {
            inline = new Emphasis(List.of(inline));
        }
        Inline inlines = inline;
        assertThrows(InvalidDocumentException.class,
                () -> Document.builder(Metadata.builder("Deep").build()).paragraph(inlines).build());
    }

    @Test
    void nestingAtTheLimitRendersInBothFormats() {
        Block deep = Paragraph.of("bottom of the quotes");
        for (int i = 1; i < Document.MAX_DEPTH - 1; i++) {
            deep = i % 2 == 0 ? new BlockQuote(List.of(deep), List.of()) : new BulletList(List.of(ListItem.of(deep)));
        }
        Inline inline = new Text("bottom of the emphasis");
        for (int i = 2; i < Document.MAX_DEPTH; i++) {
            inline = new Emphasis(List.of(inline));
        }
        Document doc = Document.builder(Metadata.builder("At the limit").build()).add(deep).paragraph(inline).build();
        Rendered.of(doc);
    }
}

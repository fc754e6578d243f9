package org.briefkit.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.briefkit.RenderException;
import org.briefkit.model.Alignment;
import org.briefkit.model.Attr;
import org.briefkit.model.Document;
import org.briefkit.model.DocumentKind;
import org.briefkit.model.Heading;
import org.briefkit.model.Metadata;
import org.briefkit.model.Note;
import org.briefkit.model.Paragraph;
import org.briefkit.model.Table;
import org.briefkit.model.TableCell;
import org.briefkit.model.TableColumn;
import org.briefkit.model.TableRow;
import org.briefkit.model.Text;
import org.briefkit.theme.NotePlacement;
import org.briefkit.theme.Theme;
import org.junit.jupiter.api.Test;

/** Catalogue: input at the edges of layout (see docs/RELIABILITY.md). */
class LayoutEdgeTest {

    private static Metadata meta(String title, DocumentKind kind) {
        return Metadata.builder(title).kind(kind).build();
    }

    @Test
    void aWordLongerThanTheLineIsBrokenWithNothingLost() {
        String word = "x".repeat(20) + "abcdefghijklmnopqrstuvwxyz".repeat(20);
        Table narrow = new Table(Attr.EMPTY, List.of(), List.of(TableColumn.of(Alignment.LEFT),
                TableColumn.of(Alignment.LEFT), TableColumn.of(Alignment.LEFT), TableColumn.of(Alignment.LEFT)),
                List.of(), List.of(TableRow.of(word, "a short cell", word, "b")));
        Document doc = Document.builder(meta(word.substring(0, 120), DocumentKind.REPORT))
                .heading(1, word).paragraph("Before " + word + " after.").add(narrow).code(word).build();
        Rendered both = Rendered.of(doc);
        assertEquals(List.of(), outsideThePage(both.pdf()), "no glyph is drawn off the page");
    }

    @Test
    void aTableWiderThanThePageIsSqueezedIntoItWithNothingLost() {
        List<TableColumn> columns = new ArrayList<>();
        List<TableCell> head = new ArrayList<>();
        List<TableCell> cells = new ArrayList<>();
        for (int c = 0; c < 30; c++) {
            columns.add(TableColumn.of(c % 2 == 0 ? Alignment.LEFT : Alignment.RIGHT));
            head.add(TableCell.of("Column " + c));
            cells.add(TableCell.of("value " + (c * 1_000_003L)));
        }
        List<TableRow> body = new ArrayList<>();
        for (int r = 0; r < 40; r++) {
            body.add(new TableRow(cells));
        }
        Document doc = Document.builder(meta("A wide table", DocumentKind.REPORT))
                .add(new Table(Attr.EMPTY, List.of(new Text("Thirty columns")), columns, List.of(new TableRow(head)), body))
                .build();
        Rendered both = Rendered.of(doc);
        assertEquals(List.of(), outsideThePage(both.pdf()), "no glyph is drawn off the page");
        assertEquals(List.of(), overlappingGlyphs(both.pdf()), "no glyph is drawn over another");
    }

    /** A table of {@code columns} columns, a header row of their numbers and {@code rows} rows of numbers. */
    private static Table numbers(String caption, int columns, int rows) {
        List<TableColumn> cols = new ArrayList<>();
        List<TableCell> head = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            cols.add(TableColumn.of(Alignment.RIGHT));
            head.add(TableCell.of(Integer.toString(c + 1)));
        }
        List<TableRow> body = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            List<TableCell> cells = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                cells.add(TableCell.of(Integer.toString((r * 61 + c * 7) % 100)));
            }
            body.add(new TableRow(cells));
        }
        return new Table(Attr.EMPTY, List.of(new Text(caption)), cols, List.of(new TableRow(head)), body);
    }

    @Test
    void sixtyColumnsOfShortNumbersAreSetSmallerWithNoGlyphOverAnother() {
        Document doc = Document.builder(meta("Sixty columns", DocumentKind.REPORT)).paragraph("Before the table.")
                .add(numbers("Sixty columns of numbers", 60, 30)).paragraph("After the table.").build();
        Rendered both = Rendered.of(doc);
        assertEquals(List.of(), overlappingGlyphs(both.pdf()), "no glyph is drawn over another");
        assertEquals(List.of(), outsideThePage(both.pdf()), "no glyph is drawn off the page");
        // read back in order: the header, then each row, its 60 numbers whole on one line
        List<String> lines = List.of(both.pdfText().text().split("\\R"));
        StringBuilder header = new StringBuilder();
        for (int c = 0; c < 60; c++) {
            header.append(c == 0 ? "" : " ").append(c + 1);
        }
        int at = lines.indexOf(header.toString());
        assertTrue(at >= 0, "the header row whole on one line: " + lines);
        for (int r = 0; r < 30; r++) {
            StringBuilder row = new StringBuilder();
            for (int c = 0; c < 60; c++) {
                row.append(c == 0 ? "" : " ").append((r * 61 + c * 7) % 100);
            }
            assertEquals(row.toString(), lines.get(at + 1 + r), "row " + r);
        }
    }

    @Test
    void fourHundredOneLetterColumnsAreRefusedNamingTheTableAndWhatFits() {
        List<TableColumn> cols = new ArrayList<>();
        List<TableCell> cells = new ArrayList<>();
        for (int c = 0; c < 400; c++) {
            cols.add(TableColumn.of(Alignment.LEFT));
            cells.add(TableCell.of(String.valueOf((char) ('a' + c % 26))));
        }
        Document doc = Document.builder(meta("Too wide", DocumentKind.REPORT)).heading(1, "Letters")
                .add(new Table(Attr.EMPTY, List.of(new Text("Four hundred letters")), cols, List.of(),
                        List.of(new TableRow(cells)))).build();
        RenderException e = assertThrows(RenderException.class, () -> Renders.pdf(doc, Theme.letter(), new ArrayList<>()));
        String m = e.getMessage();
        assertTrue(m.startsWith("the table \u201CFour hundred letters\u201D at body[1]"), m);
        assertTrue(m.contains("has 400 columns, but only "), m);
        assertTrue(m.contains("even at 5 pt"), m);
        assertTrue(m.contains("split it into tables of at most"), m);
    }

    @Test
    void aTableHeaderTallerThanThePageIsSetOnceAndTheRowsFollow() {
        String tall = "a header that goes on and on ".repeat(600);
        Table table = new Table(Attr.EMPTY, List.of(), List.of(TableColumn.of(Alignment.LEFT),
                TableColumn.of(Alignment.LEFT)), List.of(TableRow.of(tall, "Value")),
                List.of(TableRow.of("first row", "1"), TableRow.of("second row", "2")));
        // This header once made the layout cut rows forever: ending at all is the first check.
        Rendered both = Rendered.of(Document.builder(meta("Tall header", DocumentKind.REPORT)).add(table).build());
        assertTrue(both.pdfText().pages() >= 3, both.pdfText().pages() + " pages");
    }

    @Test
    void anEmptyDocumentRendersInEveryKindAndTheme() {
        for (DocumentKind kind : DocumentKind.values()) {
            for (boolean cover : new boolean[] {true, false}) {
                Theme theme = Theme.a4().toBuilder().coverPage(cover).tableOfContents(cover).build();
                Document empty = Document.builder(Metadata.builder("Nothing but a title").kind(kind)
                        .subtitle("and a subtitle").build()).build();
                Rendered both = Rendered.of(empty, theme);
                assertTrue(both.pdfText().text().contains("Nothing but a title"), kind + " " + cover);
            }
        }
    }

    @Test
    void notesInsideNotesAreAllSetAsEndnotesAndFootnotes() {
        Note inner = Note.of("the innermost note");
        Note middle = new Note(List.of(new Paragraph(List.of(new Text("a middle note"), inner))));
        Note inHeading = new Note(List.of(new Heading(2, Attr.EMPTY, List.of(new Text("a heading in a note"),
                Note.of("a note in a heading in a note")))));
        for (NotePlacement placement : List.of(NotePlacement.FOOTNOTES, NotePlacement.ENDNOTES)) {
            for (DocumentKind kind : DocumentKind.values()) {
                Document doc = Document.builder(meta("Notes in notes", kind))
                        .paragraph(new Text("Body text"), middle, new Text(" and more"), inHeading)
                        .appendix(Paragraph.of(new Text("An appendix"), Note.of("a note in the back matter"))).build();
                Rendered.of(doc, Theme.letter().toBuilder().notes(placement).build());
            }
        }
    }

    @Test
    void aRunningTitleOfEmojiAndCjkTooLongForTheHeadIsShortenedWhole() {
        String title = "😀🌍👩‍💻𠀀𠜎".repeat(40);
        Document doc = Document.builder(Metadata.builder(title).shortTitle(title).kind(DocumentKind.REPORT).build())
                .paragraph("Text. ".repeat(2_000)).build();
        Rendered both = Rendered.of(doc, Theme.letter().toBuilder().runningHeadsOnFirstPage(true).build());
        assertTrue(both.warnings().stream().allMatch(PropertyModelTest::wellFormed), "warnings are whole text");
        assertTrue(PropertyModelTest.wellFormed(both.pdfText().text()), "no half character is drawn");
    }

    /** @return a description of glyphs drawn over another on the same line, by more than kerning (at most 20) */
    static List<String> overlappingGlyphs(byte[] pdf) {
        List<String> out = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                List<TextPosition> glyphs = new ArrayList<>();
                PDFTextStripper stripper = new PDFTextStripper() {
                    @Override
                    protected void processTextPosition(TextPosition t) {
                        if (!t.getUnicode().isBlank()) {
                            glyphs.add(t);
                        }
                    }
                };
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                stripper.getText(doc);
                for (int i = 0; i < glyphs.size() && out.size() < 20; i++) {
                    TextPosition a = glyphs.get(i);
                    for (int j = i + 1; j < glyphs.size() && out.size() < 20; j++) {
                        TextPosition b = glyphs.get(j);
                        boolean sameLine = Math.abs(a.getYDirAdj() - b.getYDirAdj()) < Math.min(a.getHeightDir(),
                                b.getHeightDir());
                        // kerning ("11" in Liberation Sans: -0.074 em) may overlap neighbours by less
                        float kern = 0.12f * Math.min(a.getFontSizeInPt(), b.getFontSizeInPt());
                        boolean across = a.getXDirAdj() < b.getXDirAdj() + b.getWidthDirAdj() - kern
                                && b.getXDirAdj() < a.getXDirAdj() + a.getWidthDirAdj() - kern;
                        if (sameLine && across) {
                            out.add("page " + p + ": '" + a.getUnicode() + "' at " + a.getXDirAdj() + " and '"
                                    + b.getUnicode() + "' at " + b.getXDirAdj() + ", y " + a.getYDirAdj());
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out;
    }

    /** @return a description of every glyph drawn outside its page's media box */
    static List<String> outsideThePage(byte[] pdf) {
        List<String> out = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                PDRectangle box = doc.getPage(p - 1).getMediaBox();
                int page = p;
                PDFTextStripper stripper = new PDFTextStripper() {
                    @Override
                    protected void processTextPosition(TextPosition t) {
                        float x = t.getXDirAdj();
                        float y = t.getYDirAdj();
                        if (x < -0.5f || x + t.getWidthDirAdj() > box.getWidth() + 0.5f || y < -0.5f
                                || y > box.getHeight() + 0.5f) {
                            out.add("page " + page + ": '" + t.getUnicode() + "' at " + x + "," + y);
                        }
                    }
                };
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                stripper.getText(doc);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.size() > 20 ? out.subList(0, 20) : out;
    }
}

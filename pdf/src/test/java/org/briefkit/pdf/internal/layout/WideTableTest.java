package org.briefkit.pdf.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.briefkit.RenderException;
import org.briefkit.model.Alignment;
import org.briefkit.model.Attr;
import org.briefkit.model.Block;
import org.briefkit.model.Document;
import org.briefkit.model.Table;
import org.briefkit.model.TableCell;
import org.briefkit.model.TableColumn;
import org.briefkit.model.TableRow;
import org.briefkit.model.Text;
import org.briefkit.pdf.Fixtures;
import org.junit.jupiter.api.Test;

/** Tables with more columns than the measure holds at their size: shrunk, never overlapping, or refused. */
class WideTableTest {

    /** A table of {@code columns} columns and {@code rows} body rows, cell text from its column and row. */
    static Table table(String caption, int columns, int rows, IntFunction<String> head,
            java.util.function.BiFunction<Integer, Integer, String> cell) {
        List<TableColumn> cols = new ArrayList<>();
        List<TableCell> header = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            cols.add(TableColumn.of(c % 2 == 0 ? Alignment.LEFT : Alignment.RIGHT));
            header.add(TableCell.of(head.apply(c)));
        }
        List<TableRow> body = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            List<TableCell> cells = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                cells.add(TableCell.of(cell.apply(r, c)));
            }
            body.add(new TableRow(cells));
        }
        return new Table(Attr.EMPTY, caption.isEmpty() ? List.of() : List.of(new Text(caption)), cols,
                List.of(new TableRow(header)), body);
    }

    /** @return every pair of glyph runs on the pages whose boxes overlap, described */
    static List<String> overlaps(LaidOutDocument laid) {
        List<String> out = new ArrayList<>();
        for (Page page : laid.pages()) {
            List<GlyphRun> runs = Fixtures.runs(page);
            for (int i = 0; i < runs.size(); i++) {
                GlyphRun a = runs.get(i);
                for (int j = i + 1; j < runs.size(); j++) {
                    GlyphRun b = runs.get(j);
                    boolean across = a.x() < b.right() - 0.05f && b.x() < a.right() - 0.05f;
                    boolean down = a.top() < b.bottom() - 0.05f && b.top() < a.bottom() - 0.05f;
                    if (across && down && out.size() < 10) {
                        out.add("page " + page.number() + ": '" + a.text() + "' [" + a.x() + ", " + a.right()
                                + "] and '" + b.text() + "' [" + b.x() + ", " + b.right() + "]");
                    }
                }
            }
        }
        return out;
    }

    /** @return every glyph run's text, in drawing order */
    static List<String> texts(LaidOutDocument laid) {
        List<String> out = new ArrayList<>();
        for (Page page : laid.pages()) {
            Fixtures.runs(page).forEach(r -> out.add(r.text()));
        }
        return out;
    }

    private static float size(LaidOutDocument laid, String text) {
        for (Page page : laid.pages()) {
            for (GlyphRun r : Fixtures.runs(page)) {
                if (r.text().equals(text)) {
                    return r.size();
                }
            }
        }
        throw new AssertionError("no run '" + text + "'");
    }

    @Test
    void sixtyColumnsOfShortNumbersAreSetSmallerWithNoCellOverANeighbour() {
        Table t = table("Sixty columns", 60, 12, c -> Integer.toString(c + 1), (r, c) -> Integer.toString((r * 61 + c * 7) % 100));
        Document doc = Document.builder(Fixtures.metadata("Wide")).paragraph("Before the table.").add(t)
                .paragraph("After the table.").build();
        LaidOutDocument laid = Fixtures.layout(doc, Fixtures.theme());
        assertEquals(List.of(), overlaps(laid), "no two cells' text overlaps");
        // every number is one run, whole, in reading order: header, then row by row
        List<String> expected = new ArrayList<>();
        for (int c = 0; c < 60; c++) {
            expected.add(Integer.toString(c + 1));
        }
        for (int r = 0; r < 12; r++) {
            for (int c = 0; c < 60; c++) {
                expected.add(Integer.toString((r * 61 + c * 7) % 100));
            }
        }
        List<String> texts = texts(laid);
        int from = texts.indexOf("Sixty columns") + 1;
        assertEquals(expected, texts.subList(from, from + expected.size()), "every number whole and in order");
        float body = size(laid, "Before the table.");
        float cells = size(laid, "Sixty columns") ;
        assertTrue(cells < body, "sanity: " + cells);
    }

    @Test
    void aTableThatFitsIsSetAtItsOwnSizeAndPadding() {
        Table t = table("", 6, 3, c -> "Head " + c, (r, c) -> Integer.toString(r * c));
        LaidOutDocument laid = Fixtures.layout(Document.builder(Fixtures.metadata("Narrow")).add(t).build(),
                Fixtures.theme());
        assertEquals((float) Fixtures.theme().type().caption(), size(laid, "Head 0"), 0.001f);
        assertEquals(List.of(), overlaps(laid));
    }

    @Test
    void fourHundredOneLetterColumnsAreRefusedWithTheTableNamed() {
        Table t = table("Letters of the alphabet", 400, 2, c -> "W", (r, c) -> String.valueOf((char) ('a' + c % 26)));
        Document doc = Document.builder(Fixtures.metadata("Too wide")).paragraph("Before.").add(t).build();
        RenderException e = assertThrows(RenderException.class, () -> Fixtures.layout(doc, Fixtures.theme()));
        String m = e.getMessage();
        assertTrue(m.contains("Letters of the alphabet"), m);
        assertTrue(m.contains("body[1]"), m);
        assertTrue(m.contains("400 columns"), m);
        assertTrue(m.matches("(?s).*only \\d+ fit.*"), m);
        assertTrue(m.contains("split"), m);
    }

    @Test
    void aTableWithoutCaptionIsNamedByItsFirstHeaderCell() {
        Table t = table("", 400, 1, c -> c == 0 ? "Region" : "W", (r, c) -> "m");
        Document doc = Document.builder(Fixtures.metadata("Too wide")).add(t).build();
        RenderException e = assertThrows(RenderException.class, () -> Fixtures.layout(doc, Fixtures.theme()));
        assertTrue(e.getMessage().contains("\u201CRegion"), e.getMessage());
    }

    /** A cell holding a table of {@code columns} columns of two-digit numbers. */
    private static TableCell nested(int columns, Block inside) {
        Table t = table("", columns, 2, c -> Integer.toString(10 + c), (r, c) -> Integer.toString(10 + (r * 31 + c) % 90));
        return inside == null ? new TableCell(List.of(t)) : new TableCell(List.of(t, inside));
    }

    @Test
    void tablesNestedTwoDeepWithNarrowColumnsDoNotOverlap() {
        // outer: 4 columns; each cell a table of 6 columns; its first cell a table of 6 more
        List<TableCell> inner = new ArrayList<>();
        for (int c = 0; c < 6; c++) {
            inner.add(c == 0 ? new TableCell(List.of(table("", 6, 2, k -> Integer.toString(10 + k),
                    (r, k) -> Integer.toString(20 + r * 6 + k)))) : TableCell.of(Integer.toString(40 + c)));
        }
        Table middle = new Table(Attr.EMPTY, List.of(), table("", 6, 0, c -> "", (r, c) -> "").columns(),
                List.of(), List.of(new TableRow(inner)));
        List<TableCell> outer = new ArrayList<>();
        for (int c = 0; c < 4; c++) {
            outer.add(new TableCell(List.of(middle)));
        }
        Table top = new Table(Attr.EMPTY, List.of(new Text("Nested")), table("", 4, 0, c -> "", (r, c) -> "").columns(),
                List.of(), List.of(new TableRow(outer)));
        LaidOutDocument laid = Fixtures.layout(Document.builder(Fixtures.metadata("Nested")).add(top).build(),
                Fixtures.theme());
        assertEquals(List.of(), overlaps(laid), "no two cells' text overlaps");
        List<String> texts = texts(laid);
        for (int k = 0; k < 6; k++) {
            String number = Integer.toString(20 + 6 + k);
            assertEquals(4, texts.stream().filter(number::equals).count(), number + " whole, once per outer cell");
        }
    }

    @Test
    void aNestedTableTooWideForItsCellIsRefusedNamingIt() {
        Table inner = table("Inner wide", 200, 1, c -> "W", (r, c) -> "w");
        Table top = new Table(Attr.EMPTY, List.of(new Text("Outer")), table("", 3, 0, c -> "", (r, c) -> "").columns(),
                List.of(), List.of(new TableRow(List.of(TableCell.of("a"), new TableCell(List.of(inner)),
                        TableCell.of("b")))));
        Document doc = Document.builder(Fixtures.metadata("Nested")).add(top).build();
        RenderException e = assertThrows(RenderException.class, () -> Fixtures.layout(doc, Fixtures.theme()));
        assertTrue(e.getMessage().contains("Outer") || e.getMessage().contains("Inner wide"), e.getMessage());
        assertTrue(e.getMessage().contains("split"), e.getMessage());
    }

    @Test
    void paragraphsInCellsAreSetInTheTablesSmallerSize() {
        Table t = table("", 60, 1, c -> Integer.toString(c), (r, c) -> Integer.toString(c));
        LaidOutDocument laid = Fixtures.layout(Document.builder(Fixtures.metadata("Sizes")).add(t).build(),
                Fixtures.theme());
        float head = size(laid, "59");
        assertTrue(head < (float) Fixtures.theme().type().caption(), "set smaller: " + head);
        assertTrue(head >= 5f, "not below the floor: " + head);
    }
}

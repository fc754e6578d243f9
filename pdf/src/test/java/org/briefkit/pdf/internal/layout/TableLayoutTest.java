package org.briefkit.pdf.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.briefkit.model.Alignment;
import org.briefkit.model.Attr;
import org.briefkit.model.Document;
import org.briefkit.model.Table;
import org.briefkit.model.TableColumn;
import org.briefkit.model.TableRow;
import org.briefkit.model.Text;
import org.briefkit.pdf.Fixtures;
import org.junit.jupiter.api.Test;

/** Tables: header repeated on every page, widths from content and from the model, cells wrapped. */
class TableLayoutTest {

    private static Table table(int rows, Random random) {
        List<TableRow> body = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            body.add(TableRow.of("Row " + i, Fixtures.words(random, 3 + random.nextInt(25)), Integer.toString(i * 37)));
        }
        return new Table(Attr.EMPTY, List.of(new Text("Table 1. A long table")),
                List.of(TableColumn.of(Alignment.LEFT), TableColumn.of(Alignment.LEFT), TableColumn.of(Alignment.RIGHT)),
                List.of(TableRow.of("Country", "Commitments", "Budget")), body);
    }

    @Test
    void neverLeavesALoneRowAtTheFootOrHeadOfAPage() {
        int split = 0;
        for (int filler = 20; filler < 40; filler++) {
            Random random = new Random(filler);
            var b = Document.builder(Fixtures.metadata("Split table"));
            for (int p = 0; p < 4; p++) {
                b.paragraph(Fixtures.words(random, filler * 3));
            }
            LaidOutDocument laid = Fixtures.layout(b.add(table(6, random)).build(), Fixtures.theme());
            List<Long> perPage = laid.pages().stream().map(page -> Fixtures.runs(page).stream()
                    .filter(r -> r.text().matches("Row \\d+")).count()).filter(n -> n > 0).toList();
            if (perPage.size() > 1) {
                split++;
                assertTrue(perPage.stream().allMatch(n -> n >= 2), "rows per page " + perPage + " at " + filler);
            }
        }
        assertTrue(split > 0, "some table split across pages");
    }

    @Test
    void repeatsTheHeaderRowOnEachPageOfAThreePageTable() {
        Random random = new Random(1);
        Document doc = Document.builder(Fixtures.metadata("Long table")).paragraph(Fixtures.words(random, 60))
                .add(table(85, random)).paragraph("After the table.").build();
        LaidOutDocument laid = Fixtures.layout(doc, Fixtures.theme());
        List<Page> withRows = new ArrayList<>();
        for (Page page : laid.pages()) {
            if (Fixtures.runs(page).stream().anyMatch(r -> r.text().matches("Row \\d+"))) {
                withRows.add(page);
            }
        }
        assertTrue(withRows.size() >= 3, "the table should run over three pages or more: " + withRows.size());
        for (Page page : withRows) {
            List<GlyphRun> runs = Fixtures.runs(page);
            GlyphRun header = runs.stream().filter(r -> r.text().equals("Country")).findFirst().orElse(null);
            assertTrue(header != null, "no header on page " + page.number());
            float firstRow = (float) runs.stream().filter(r -> r.text().matches("Row \\d+")).mapToDouble(GlyphRun::y)
                    .min().orElseThrow();
            assertTrue(header.y() < firstRow, "the header is above the rows on page " + page.number());
            assertTrue(runs.stream().anyMatch(r -> r.text().equals("Budget")));
        }
        // rows are not repeated or lost
        List<String> rows = new ArrayList<>();
        for (Page page : laid.pages()) {
            Fixtures.runs(page).stream().filter(r -> r.text().matches("Row \\d+")).forEach(r -> rows.add(r.text()));
        }
        assertEquals(85, rows.size());
        for (int i = 0; i < 85; i++) {
            assertEquals("Row " + i, rows.get(i));
        }
    }

    @Test
    void sizesColumnsFromTheirContent() {
        Random random = new Random(2);
        Table t = table(6, random);
        Document doc = Document.builder(Fixtures.metadata("Widths")).add(t).build();
        LaidOutDocument laid = Fixtures.layout(doc, Fixtures.theme());
        Page page = laid.pages().get(0);
        float left = page.frame().x();
        float second = (float) Fixtures.runs(page).stream().filter(r -> r.text().equals("Commitments"))
                .mapToDouble(GlyphRun::x).findFirst().orElseThrow();
        // the first column holds "Country" and "Row 5": narrow; the second holds sentences: wide
        assertTrue(second - left < page.frame().width() * 0.25f, "first column too wide: " + (second - left));
        GlyphRun budget = Fixtures.runs(page).stream().filter(r -> r.text().equals("Budget")).findFirst().orElseThrow();
        assertEquals(page.frame().right(), budget.right(), 8f, "the right-aligned column ends at the table's edge");
    }

    @Test
    void usesTheModelsRelativeWidths() {
        Table t = new Table(Attr.EMPTY, List.of(), List.of(new TableColumn(Alignment.LEFT, 1),
                new TableColumn(Alignment.LEFT, 3)), List.of(TableRow.of("A", "B")), List.of(TableRow.of("x", "y")));
        Document doc = Document.builder(Fixtures.metadata("Shares")).add(t).build();
        Page page = Fixtures.layout(doc, Fixtures.theme()).pages().get(0);
        float a = (float) Fixtures.runs(page).stream().filter(r -> r.text().equals("A")).mapToDouble(GlyphRun::x)
                .findFirst().orElseThrow();
        float b = (float) Fixtures.runs(page).stream().filter(r -> r.text().equals("B")).mapToDouble(GlyphRun::x)
                .findFirst().orElseThrow();
        assertEquals(page.frame().width() / 4, b - a, 1f);
    }

    @Test
    void wrapsCellTextWithinItsColumn() {
        Random random = new Random(3);
        Table t = new Table(Attr.EMPTY, List.of(), List.of(TableColumn.of(Alignment.LEFT),
                TableColumn.of(Alignment.LEFT)), List.of(), List.of(TableRow.of(Fixtures.words(random, 80),
                Fixtures.words(random, 80))));
        Document doc = Document.builder(Fixtures.metadata("Wrap")).add(t).build();
        Page page = Fixtures.layout(doc, Fixtures.theme()).pages().get(0);
        float middle = page.frame().x() + page.frame().width() / 2;
        long leftRuns = Fixtures.runs(page).stream().filter(r -> r.x() < middle - 20 && r.y() > 100).count();
        assertTrue(leftRuns > 3, "cell text wraps over several lines");
        for (GlyphRun r : Fixtures.runs(page)) {
            boolean left = r.x() < middle - 20;
            if (left) {
                assertTrue(r.right() < middle + 1, "left cell text stays in its column: " + r.text());
            }
        }
    }
}

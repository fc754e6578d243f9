package org.briefkit.docx.internal.tables;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.briefkit.model.Alignment;
import org.briefkit.model.Attr;
import org.briefkit.model.Table;
import org.briefkit.model.TableColumn;
import org.briefkit.model.TableRow;
import org.junit.jupiter.api.Test;

class ColumnWidthsTest {
    private static Table table(List<TableColumn> columns, TableRow... rows) {
        return new Table(Attr.EMPTY, List.of(), columns, List.of(), List.of(rows));
    }

    @Test
    void relativeWidthsShareTheWidth() {
        Table t = table(List.of(new TableColumn(Alignment.LEFT, 2), new TableColumn(Alignment.LEFT, 1)),
                TableRow.of("a", "b"));
        assertArrayEquals(new int[] {6000, 3000}, ColumnWidths.of(t, 9000));
    }

    @Test
    void unsizedColumnsGetTheMeanShare() {
        Table t = table(List.of(new TableColumn(Alignment.LEFT, 3), TableColumn.of(Alignment.LEFT),
                new TableColumn(Alignment.LEFT, 1)), TableRow.of("a", "b", "c"));
        assertArrayEquals(new int[] {5000, 3333, 1667}, ColumnWidths.of(t, 10000));
    }

    @Test
    void withNoWidthsTheLongestTextDecidesWithinBounds() {
        Table t = table(List.of(TableColumn.of(Alignment.LEFT), TableColumn.of(Alignment.RIGHT)),
                TableRow.of("a much longer description of the row", "1"),
                TableRow.of("short", "12"));
        int[] w = ColumnWidths.of(t, 8800);
        assertEquals(8800, IntStream.of(w).sum());
        assertTrue(w[0] > 6 * w[1], "text column much wider");
        assertTrue(w[1] >= 8800 * 4 / 44, "a narrow column keeps four characters' share");
    }
}

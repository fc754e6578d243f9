package org.briefkit.model;

import java.util.Arrays;
import java.util.List;

/**
 * One row of a table.
 *
 * @param cells one per column
 */
public record TableRow(List<TableCell> cells) {
    /** Copies the cells. */
    public TableRow {
        cells = Checks.nonEmpty("row.cells", cells);
    }

    /** @param texts plain text, one per column; @return a row of them */
    public static TableRow of(String... texts) {
        return new TableRow(Arrays.stream(texts).map(TableCell::of).toList());
    }
}

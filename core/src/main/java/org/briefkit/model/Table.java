package org.briefkit.model;

import java.util.List;
import org.briefkit.InvalidDocumentException;

/**
 * A table: header rows, repeated on each page where it splits, then body rows.
 *
 * @param attr    id and classes
 * @param caption its caption; empty for none
 * @param columns how each column is set; every row has one cell per column
 * @param head    header rows; empty for none
 * @param body    body rows
 */
public record Table(Attr attr, List<Inline> caption, List<TableColumn> columns, List<TableRow> head,
        List<TableRow> body) implements Block {

    /** Checks that every row has one cell per column. */
    public Table {
        attr = Checks.present("table.attr", attr);
        caption = Checks.list("table.caption", caption);
        columns = Checks.nonEmpty("table.columns", columns);
        head = Checks.list("table.head", head);
        body = Checks.list("table.body", body);
        if (head.isEmpty() && body.isEmpty()) {
            throw new InvalidDocumentException("table", "has no rows");
        }
        checkWidths("table.head", head, columns.size());
        checkWidths("table.body", body, columns.size());
    }

    private static void checkWidths(String field, List<TableRow> rows, int columns) {
        for (int i = 0; i < rows.size(); i++) {
            int cells = rows.get(i).cells().size();
            if (cells != columns) {
                throw new InvalidDocumentException(field + "[" + i + "]",
                        "has " + cells + " cells but the table has " + columns + " columns");
            }
        }
    }

    @Override
    public <R> R accept(BlockVisitor<R> visitor) {
        return visitor.visitTable(this);
    }
}

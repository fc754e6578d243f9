package org.briefkit.pdf.internal.layout;

import java.util.List;
import java.util.Locale;
import org.briefkit.model.Block;
import org.briefkit.model.Paragraph;
import org.briefkit.model.Table;
import org.briefkit.model.TableRow;

/** How messages name a table: by its caption, or else by the first words of its first cell. */
final class TableName {
    private TableName() {
    }

    /** @return "the table “Caption”", "the table “First header…”", or "a table without text" */
    static String of(Table table) {
        if (!table.caption().isEmpty()) {
            String caption = Describe.text(new Paragraph(table.caption()));
            if (!caption.isEmpty()) {
                return "the table \u201C" + caption + "\u201D";
            }
        }
        for (List<TableRow> rows : List.of(table.head(), table.body())) {
            for (TableRow row : rows) {
                for (var cell : row.cells()) {
                    for (Block b : cell.content()) {
                        String text = Describe.text(b);
                        if (!text.isEmpty()) {
                            return "the table \u201C" + text + "\u201D";
                        }
                    }
                }
            }
        }
        return "a table without text";
    }

    /** @return a size in points as people write it: "5", "5.5" */
    static String points(float size) {
        return size == Math.rint(size) ? Integer.toString((int) size) : String.format(Locale.ROOT, "%.1f", size);
    }
}

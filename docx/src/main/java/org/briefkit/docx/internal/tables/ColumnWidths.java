package org.briefkit.docx.internal.tables;

import java.util.List;
import org.briefkit.docx.internal.blocks.BlockKinds;
import org.briefkit.model.Block;
import org.briefkit.model.Paragraph;
import org.briefkit.model.PlainText;
import org.briefkit.model.Table;
import org.briefkit.model.TableColumn;
import org.briefkit.model.TableRow;

/**
 * Column widths in twips, summing to the width given. Columns with a relative width share by
 * it; a column of width 0 ("size from content") gets the mean share of the others, or, when no
 * column has a width, a share by the length of its longest cell text (between 4 and 40
 * characters, so one long cell cannot squeeze the rest to nothing).
 */
public final class ColumnWidths {
    private static final int MIN_CHARS = 4;
    private static final int MAX_CHARS = 40;

    private ColumnWidths() {
    }

    /**
     * @param table the table
     * @param width the width to fill, in twips
     * @return one width per column
     */
    public static int[] of(Table table, int width) {
        List<TableColumn> columns = table.columns();
        int n = columns.size();
        double[] weights = new double[n];
        double given = 0;
        int withWidth = 0;
        for (int i = 0; i < n; i++) {
            weights[i] = columns.get(i).width();
            if (weights[i] > 0) {
                given += weights[i];
                withWidth++;
            }
        }
        if (withWidth == 0) {
            for (int i = 0; i < n; i++) {
                weights[i] = longestText(table, i);
            }
        } else if (withWidth < n) {
            double mean = given / withWidth;
            for (int i = 0; i < n; i++) {
                if (weights[i] == 0) {
                    weights[i] = mean;
                }
            }
        }
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        int[] twips = new int[n];
        int used = 0;
        for (int i = 0; i < n; i++) {
            twips[i] = (int) Math.floor(width * weights[i] / sum);
            used += twips[i];
        }
        twips[n - 1] += width - used;
        return twips;
    }

    private static double longestText(Table table, int column) {
        int longest = 0;
        for (List<TableRow> rows : List.of(table.head(), table.body())) {
            for (TableRow row : rows) {
                int length = 0;
                for (Block block : row.cells().get(column).content()) {
                    Paragraph p = BlockKinds.asParagraph(block);
                    length += p != null ? PlainText.of(p.content()).length() : MAX_CHARS;
                }
                longest = Math.max(longest, length);
            }
        }
        return Math.max(MIN_CHARS, Math.min(MAX_CHARS, longest));
    }
}

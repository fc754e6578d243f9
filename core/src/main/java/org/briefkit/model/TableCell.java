package org.briefkit.model;

import java.util.List;

/**
 * One cell of a table: blocks, most often a single paragraph.
 *
 * @param content the cell's blocks; empty for an empty cell
 */
public record TableCell(List<Block> content) {
    /** Copies the content. */
    public TableCell {
        content = Checks.list("cell.content", content);
    }

    /** @param text plain text; @return a cell with one paragraph of it, or an empty cell for "" */
    public static TableCell of(String text) {
        return text.isEmpty() ? new TableCell(List.of()) : new TableCell(List.of(Paragraph.of(text)));
    }

    /** @param content inlines; @return a cell with one paragraph of them */
    public static TableCell of(Inline... content) {
        return new TableCell(List.of(Paragraph.of(content)));
    }
}

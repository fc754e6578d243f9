package org.briefkit.markdown.internal;

import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;
import org.briefkit.model.Alignment;
import org.briefkit.model.Attr;
import org.briefkit.model.Inline;
import org.briefkit.model.Paragraph;
import org.briefkit.model.Table;
import org.briefkit.model.TableColumn;
import org.briefkit.model.Text;

/**
 * Converts a GFM pipe table: the header row, the body rows, each column's alignment from the
 * separator row ({@code :--} left, {@code :-:} centre, {@code --:} right; left when unmarked),
 * widths left to the renderer, and a pandoc caption ({@code Table: ...} or {@code : ...}) written
 * right after or before the table, whose trailing {@code {#id .class}} goes to the table.
 */
final class TableConverter {
    private final Conversion ctx;

    /** @param ctx the conversion */
    TableConverter(Conversion ctx) {
        this.ctx = ctx;
    }

    /**
     * @param node    the table
     * @param depth   the depth of the table
     * @param caption its caption paragraph, or null
     * @return the table
     */
    Table table(TableBlock node, int depth, com.vladsch.flexmark.ast.Paragraph caption) {
        int at = node.getStartOffset();
        List<TableColumn> columns = new ArrayList<>();
        List<org.briefkit.model.TableRow> head = new ArrayList<>();
        List<org.briefkit.model.TableRow> body = new ArrayList<>();
        for (Node part = node.getFirstChild(); part != null; part = part.getNext()) {
            if (part instanceof TableSeparator) {
                for (Node cell = part.getFirstChild().getFirstChild(); cell != null; cell = cell.getNext()) {
                    columns.add(TableColumn.of(alignment((TableCell) cell)));
                }
            }
        }
        for (Node part = node.getFirstChild(); part != null; part = part.getNext()) {
            if (part instanceof TableHead || part instanceof TableBody) {
                List<org.briefkit.model.TableRow> rows = part instanceof TableHead ? head : body;
                for (Node row = part.getFirstChild(); row != null; row = row.getNext()) {
                    if (row instanceof TableRow) {
                        rows.add(row(row, columns.size(), depth));
                    }
                }
            }
        }
        Attr attr = Attr.EMPTY;
        List<Inline> title = List.of();
        if (caption != null) {
            Inlines.Trailing parts = ctx.blocks.trailing(withoutLabel(ctx.inlines.children(caption, depth + 1)),
                    caption.getStartOffset());
            title = parts.content();
            attr = parts.attr();
            ctx.ids.define(attr.id(), caption.getStartOffset());
        }
        Attr theAttr = attr;
        List<Inline> theCaption = title;
        return ctx.build(at, () -> new Table(theAttr, theCaption, columns, head, body));
    }

    private org.briefkit.model.TableRow row(Node row, int width, int depth) {
        List<org.briefkit.model.TableCell> cells = new ArrayList<>();
        for (Node cell = row.getFirstChild(); cell != null && cells.size() < width; cell = cell.getNext()) {
            ctx.checkDepth(depth + 1, cell.getStartOffset());
            List<Inline> content = Inlines.strip(ctx.inlines.children(cell, depth + 2));
            List<org.briefkit.model.Block> blocks = content.isEmpty() ? List.of() : List.of(new Paragraph(content));
            cells.add(new org.briefkit.model.TableCell(blocks));
        }
        while (cells.size() < width) {
            cells.add(new org.briefkit.model.TableCell(List.of()));
        }
        return new org.briefkit.model.TableRow(cells);
    }

    private static Alignment alignment(TableCell cell) {
        TableCell.Alignment alignment = cell.getAlignment();
        if (alignment == TableCell.Alignment.CENTER) {
            return Alignment.CENTER;
        }
        return alignment == TableCell.Alignment.RIGHT ? Alignment.RIGHT : Alignment.LEFT;
    }

    /** @return the caption's inlines without the {@code Table:} label */
    private static List<Inline> withoutLabel(List<Inline> inlines) {
        List<Inline> out = new ArrayList<>(Inlines.strip(inlines));
        if (!out.isEmpty() && out.get(0) instanceof Text first) {
            String text = first.text();
            if (text.startsWith("Table:") || text.startsWith("table:")) {
                String rest = text.substring("Table:".length()).stripLeading();
                if (rest.isEmpty()) {
                    out.remove(0);
                } else {
                    out.set(0, new Text(rest));
                }
            }
        }
        return out;
    }
}

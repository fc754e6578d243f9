package org.briefkit.docx.internal.tables;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.briefkit.docx.internal.RenderContext;
import org.briefkit.docx.internal.blocks.BlockWriter;
import org.briefkit.docx.internal.blocks.Flow;
import org.briefkit.docx.internal.blocks.Scope;
import org.briefkit.docx.internal.styles.StyleIds;
import org.briefkit.model.Alignment;
import org.briefkit.model.Callout;
import org.briefkit.model.Table;
import org.briefkit.model.TableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLook;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * Tables, and the callout boxes set as one-cell tables.
 *
 * <p>A table has a grid of fixed column widths filling the text column, the Briefkit Table style
 * (hairline rules; the first row bold on the header fill), header rows that repeat on each page,
 * and rows that do not split. The caption goes above. Cell paragraphs take Table Text or Table
 * Heading, in the variant for the column's alignment.
 *
 * <p>A callout is a one-cell table in the Briefkit Callout style (a filled box), its title
 * in Callout Title and its blocks in Callout Body; its row may split, so
 * a long box continues on the next page.
 */
public final class TableWriter {
    /** The left and right cell margins of Briefkit Table, in twips (styles.xml). */
    private static final int CELL_MARGINS = 2 * 86;
    /** The left and right cell margins of Briefkit Callout, in twips (styles.xml). */
    private static final int CALLOUT_MARGINS = 2 * 216;

    private TableWriter() {
    }

    /**
     * @param ctx   the render
     * @param flow  where the table goes
     * @param scope what surrounds it
     * @param table the table
     */
    public static void table(RenderContext ctx, Flow flow, Scope scope, Table table) {
        String bookmark = table.attr().hasId() ? ctx.anchors().nameOf(table.attr().id()) : null;
        if (!table.caption().isEmpty()) {
            if (bookmark != null) {
                flow.bookmarkNext(bookmark);
                bookmark = null;
            }
            new BlockWriter(ctx, flow, scope).paragraph(StyleIds.TABLE_CAPTION).write(table.caption());
        }
        int[] widths = ColumnWidths.of(table, scope.width());
        CTTbl tbl = flow.table();
        properties(tbl, StyleIds.TABLE, scope.width(), !table.head().isEmpty());
        grid(tbl, widths);
        List<TableRow> rows = new java.util.ArrayList<>(table.head());
        rows.addAll(table.body());
        for (int r = 0; r < rows.size(); r++) {
            boolean head = r < table.head().size();
            CTRow tr = tbl.addNewTr();
            CTTrPr trPr = tr.addNewTrPr();
            trPr.addNewCantSplit();
            if (head) {
                trPr.addNewTblHeader();
            }
            for (int c = 0; c < widths.length; c++) {
                CTTc tc = tr.addNewTc();
                CTTcPr tcPr = tc.addNewTcPr();
                width(tcPr.addNewTcW(), widths[c]);
                if (head && r > 0) {
                    CTShd shd = tcPr.addNewShd();
                    shd.setVal(STShd.CLEAR);
                    shd.setColor("auto");
                    shd.setFill(ctx.theme().palette().headerFill().toHex());
                }
                Flow cell = Flow.of(tc, flow.part(), ctx.anchors());
                if (bookmark != null) {
                    cell.bookmarkNext(bookmark);
                    bookmark = null;
                }
                String style = cellStyle(table.columns().get(c).alignment(), head);
                Scope inside = scope.withParagraphStyle(style).withListStyle(style).withWidth(widths[c] - CELL_MARGINS);
                new BlockWriter(ctx, cell, inside).write(rows.get(r).cells().get(c).content());
                cell.endWithParagraph(style);
            }
        }
    }

    /**
     * @param ctx     the render
     * @param flow    where the box goes
     * @param scope   what surrounds it
     * @param callout the callout
     */
    public static void callout(RenderContext ctx, Flow flow, Scope scope, Callout callout) {
        CTTbl tbl = flow.table();
        properties(tbl, StyleIds.CALLOUT_TABLE, scope.width(), false);
        grid(tbl, new int[] {scope.width()});
        CTTc tc = tbl.addNewTr().addNewTc();
        width(tc.addNewTcPr().addNewTcW(), scope.width());
        Flow cell = Flow.of(tc, flow.part(), ctx.anchors());
        if (callout.attr().hasId()) {
            cell.bookmarkNext(ctx.anchors().nameOf(callout.attr().id()));
        }
        Scope inside = scope.withParagraphStyle(StyleIds.CALLOUT_BODY).withWidth(scope.width() - CALLOUT_MARGINS);
        BlockWriter writer = new BlockWriter(ctx, cell, inside);
        if (!callout.title().isEmpty()) {
            writer.paragraph(StyleIds.CALLOUT_TITLE).write(callout.title());
        }
        writer.write(callout.content());
        cell.endWithParagraph(StyleIds.CALLOUT_BODY);
    }

    /**
     * A row of columns side by side, for the parts a layout sets beside each other (a release
     * line and the media contacts, a cover band's authors and date, a closing panel's
     * organization and contacts): a one-row table in a table style (its borders and cell
     * margins), fixed column widths, and a gutter before each column after the first.
     *
     * @param ctx        the render
     * @param flow       where the table goes
     * @param style      the table style
     * @param widths     the columns' widths, in twips, gutters included
     * @param gutter     the space before each column after the first, in twips
     * @param keep       whether the row stays on one page
     * @param scope      what surrounds the table (the columns' scopes are this, narrower)
     * @return a writer for each column, in order; end each column's flow with a paragraph
     *         ({@link Flow#endWithParagraph(String)}), as Word requires of a cell
     */
    public static List<BlockWriter> columns(RenderContext ctx, Flow flow, String style, int[] widths, int gutter,
            boolean keep, Scope scope) {
        CTTbl tbl = flow.table();
        int total = 0;
        for (int w : widths) {
            total += w;
        }
        properties(tbl, style, total, false);
        grid(tbl, widths);
        CTRow tr = tbl.addNewTr();
        if (keep) {
            tr.addNewTrPr().addNewCantSplit();
        }
        List<BlockWriter> out = new ArrayList<>();
        for (int c = 0; c < widths.length; c++) {
            CTTc tc = tr.addNewTc();
            CTTcPr pr = tc.addNewTcPr();
            width(pr.addNewTcW(), widths[c]);
            if (c > 0 && gutter > 0) {
                width(pr.addNewTcMar().addNewLeft(), gutter);
            }
            int inner = widths[c] - (c > 0 ? gutter : 0);
            out.add(new BlockWriter(ctx, Flow.of(tc, flow.part(), ctx.anchors()), scope.withWidth(inner)));
        }
        return out;
    }

    private static String cellStyle(Alignment alignment, boolean head) {
        return switch (alignment) {
            case LEFT -> head ? StyleIds.TABLE_HEADING : StyleIds.TABLE_TEXT;
            case CENTER -> head ? StyleIds.TABLE_HEADING_CENTERED : StyleIds.TABLE_TEXT_CENTERED;
            case RIGHT -> head ? StyleIds.TABLE_HEADING_RIGHT : StyleIds.TABLE_TEXT_RIGHT;
        };
    }

    private static void properties(CTTbl tbl, String style, int width, boolean headerRow) {
        CTTblPr pr = tbl.addNewTblPr();
        pr.addNewTblStyle().setVal(style);
        width(pr.addNewTblW(), width);
        pr.addNewTblLayout().setType(STTblLayoutType.FIXED);
        CTTblLook look = pr.addNewTblLook();
        look.setVal(new byte[] {0x06, (byte) (headerRow ? 0x20 : 0x00)}); // the same flags as a mask, for Word 2007
        look.setFirstRow(headerRow);
        look.setLastRow(false);
        look.setFirstColumn(false);
        look.setLastColumn(false);
        look.setNoHBand(true);
        look.setNoVBand(true);
    }

    private static void grid(CTTbl tbl, int[] widths) {
        CTTblGrid grid = tbl.addNewTblGrid();
        for (int w : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(w));
        }
    }

    private static void width(CTTblWidth w, int twips) {
        w.setW(BigInteger.valueOf(twips));
        w.setType(STTblWidth.DXA);
    }
}

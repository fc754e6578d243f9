package org.briefkit.docx.internal.inlines;

import java.util.List;
import org.briefkit.model.Block;
import org.briefkit.model.BlockQuote;
import org.briefkit.model.BlockVisitor;
import org.briefkit.model.BulletList;
import org.briefkit.model.Callout;
import org.briefkit.model.CodeBlock;
import org.briefkit.model.Div;
import org.briefkit.model.Figure;
import org.briefkit.model.Heading;
import org.briefkit.model.Inline;
import org.briefkit.model.ListItem;
import org.briefkit.model.OrderedList;
import org.briefkit.model.PageBreak;
import org.briefkit.model.Paragraph;
import org.briefkit.model.PullQuote;
import org.briefkit.model.Table;
import org.briefkit.model.TableCell;
import org.briefkit.model.TableRow;
import org.briefkit.model.ThematicBreak;

/**
 * Sets a note that sits inside another note (Word has no notes in notes) as running text in the
 * outer note: each block's text in turn, separated by spaces, keeping its inline formatting and
 * links. A figure shows its alt text; rules and page breaks have no text.
 */
final class NestedNote implements BlockVisitor<Void> {
    private final InlineWriter out;
    private boolean first = true;

    NestedNote(InlineWriter out) {
        this.out = out;
    }

    void write(List<Block> blocks) {
        for (Block block : blocks) {
            block.accept(this);
        }
    }

    private Void inlines(List<Inline> inlines) {
        if (!inlines.isEmpty()) {
            if (!first) {
                out.text(" ", null, "note");
            }
            first = false;
            out.write(inlines);
        }
        return null;
    }

    private Void items(List<ListItem> items) {
        items.forEach(item -> write(item.content()));
        return null;
    }

    @Override
    public Void visitHeading(Heading heading) {
        return inlines(heading.content());
    }

    @Override
    public Void visitParagraph(Paragraph paragraph) {
        return inlines(paragraph.content());
    }

    @Override
    public Void visitBulletList(BulletList list) {
        return items(list.items());
    }

    @Override
    public Void visitOrderedList(OrderedList list) {
        return items(list.items());
    }

    @Override
    public Void visitBlockQuote(BlockQuote quote) {
        write(quote.content());
        return inlines(quote.attribution());
    }

    @Override
    public Void visitPullQuote(PullQuote quote) {
        inlines(quote.content());
        return inlines(quote.attribution());
    }

    @Override
    public Void visitCallout(Callout callout) {
        inlines(callout.title());
        write(callout.content());
        return null;
    }

    @Override
    public Void visitTable(Table table) {
        inlines(table.caption());
        for (List<TableRow> rows : List.of(table.head(), table.body())) {
            for (TableRow row : rows) {
                for (TableCell cell : row.cells()) {
                    write(cell.content());
                }
            }
        }
        return null;
    }

    @Override
    public Void visitFigure(Figure figure) {
        inlines(List.of(new org.briefkit.model.Text(figure.altText())));
        inlines(figure.caption());
        return inlines(figure.credit());
    }

    @Override
    public Void visitCodeBlock(CodeBlock code) {
        return inlines(List.of(org.briefkit.model.Code.of(code.text())));
    }

    @Override
    public Void visitThematicBreak(ThematicBreak rule) {
        return null;
    }

    @Override
    public Void visitPageBreak(PageBreak pageBreak) {
        return null;
    }

    @Override
    public Void visitDiv(Div div) {
        write(div.content());
        return null;
    }
}

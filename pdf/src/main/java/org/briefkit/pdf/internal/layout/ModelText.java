package org.briefkit.pdf.internal.layout;

import java.util.List;
import org.briefkit.model.Block;
import org.briefkit.model.BlockQuote;
import org.briefkit.model.BlockVisitor;
import org.briefkit.model.BulletList;
import org.briefkit.model.Callout;
import org.briefkit.model.Code;
import org.briefkit.model.CodeBlock;
import org.briefkit.model.Div;
import org.briefkit.model.Emphasis;
import org.briefkit.model.Figure;
import org.briefkit.model.Heading;
import org.briefkit.model.Inline;
import org.briefkit.model.InlineVisitor;
import org.briefkit.model.LineBreak;
import org.briefkit.model.Link;
import org.briefkit.model.ListItem;
import org.briefkit.model.Note;
import org.briefkit.model.OrderedList;
import org.briefkit.model.PageBreak;
import org.briefkit.model.Paragraph;
import org.briefkit.model.PullQuote;
import org.briefkit.model.SmallCaps;
import org.briefkit.model.Span;
import org.briefkit.model.Strikeout;
import org.briefkit.model.Strong;
import org.briefkit.model.Subscript;
import org.briefkit.model.Superscript;
import org.briefkit.model.Table;
import org.briefkit.model.TableCell;
import org.briefkit.model.TableRow;
import org.briefkit.model.Text;
import org.briefkit.model.ThematicBreak;

/**
 * The text of a model's blocks as the PDF draws it, fed in reading order to a {@link Sink},
 * for {@link WordCheck}: a word ends where a block, a note, a line break or one of a block's
 * parts (a caption, an attribution) ends. Alt text and link targets are not drawn and not fed.
 * A visitor with a method per kind rather than core's generic walk, which allocates a list per
 * node: this runs on every render. Recursion is bounded by {@code Document.MAX_DEPTH}.
 */
final class ModelText implements BlockVisitor<Void>, InlineVisitor<Void> {

    /** Where the text goes: characters, and the ends of words. */
    interface Sink {
        /** @param s characters; a word may go on from the characters before */
        void text(String s);

        /** Ends the current word, if any. */
        void end();
    }

    private final Sink sink;

    ModelText(Sink sink) {
        this.sink = sink;
    }

    void blocks(List<Block> blocks) {
        for (Block b : blocks) {
            sink.end();
            b.accept(this);
            sink.end();
        }
    }

    void inlines(List<Inline> inlines) {
        for (Inline i : inlines) {
            i.accept(this);
        }
    }

    /** Inlines that make a part of their own (a caption, an attribution). */
    private void part(List<Inline> inlines) {
        sink.end();
        inlines(inlines);
        sink.end();
    }

    private void items(List<ListItem> items) {
        for (ListItem item : items) {
            blocks(item.content());
        }
    }

    private void rows(List<TableRow> rows) {
        for (TableRow row : rows) {
            for (TableCell cell : row.cells()) {
                blocks(cell.content());
            }
        }
    }

    @Override
    public Void visitHeading(Heading heading) {
        inlines(heading.content());
        return null;
    }

    @Override
    public Void visitParagraph(Paragraph paragraph) {
        inlines(paragraph.content());
        return null;
    }

    @Override
    public Void visitBulletList(BulletList list) {
        items(list.items());
        return null;
    }

    @Override
    public Void visitOrderedList(OrderedList list) {
        items(list.items());
        return null;
    }

    @Override
    public Void visitBlockQuote(BlockQuote quote) {
        blocks(quote.content());
        part(quote.attribution());
        return null;
    }

    @Override
    public Void visitPullQuote(PullQuote quote) {
        part(quote.content());
        part(quote.attribution());
        return null;
    }

    @Override
    public Void visitCallout(Callout callout) {
        part(callout.title());
        blocks(callout.content());
        return null;
    }

    @Override
    public Void visitTable(Table table) {
        part(table.caption());
        rows(table.head());
        rows(table.body());
        return null;
    }

    @Override
    public Void visitFigure(Figure figure) {
        part(figure.caption());
        part(figure.credit());
        return null;
    }

    @Override
    public Void visitCodeBlock(CodeBlock code) {
        sink.text(code.text());
        return null;
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
        blocks(div.content());
        return null;
    }

    @Override
    public Void visitText(Text text) {
        sink.text(text.text());
        return null;
    }

    @Override
    public Void visitEmphasis(Emphasis emphasis) {
        inlines(emphasis.content());
        return null;
    }

    @Override
    public Void visitStrong(Strong strong) {
        inlines(strong.content());
        return null;
    }

    @Override
    public Void visitStrikeout(Strikeout strikeout) {
        inlines(strikeout.content());
        return null;
    }

    @Override
    public Void visitSuperscript(Superscript superscript) {
        inlines(superscript.content());
        return null;
    }

    @Override
    public Void visitSubscript(Subscript subscript) {
        inlines(subscript.content());
        return null;
    }

    @Override
    public Void visitSmallCaps(SmallCaps smallCaps) {
        inlines(smallCaps.content());
        return null;
    }

    @Override
    public Void visitCode(Code code) {
        sink.text(code.text());
        return null;
    }

    @Override
    public Void visitLink(Link link) {
        inlines(link.content());
        return null;
    }

    @Override
    public Void visitNote(Note note) {
        // the note is set away from its mark: its words are words of their own
        sink.end();
        blocks(note.content());
        sink.end();
        return null;
    }

    @Override
    public Void visitLineBreak(LineBreak lineBreak) {
        sink.end();
        return null;
    }

    @Override
    public Void visitSpan(Span span) {
        inlines(span.content());
        return null;
    }
}

package org.briefkit.reliability;

import java.util.ArrayList;
import java.util.List;
import org.briefkit.model.Block;
import org.briefkit.model.BlockQuote;
import org.briefkit.model.BlockVisitor;
import org.briefkit.model.BulletList;
import org.briefkit.model.Callout;
import org.briefkit.model.Code;
import org.briefkit.model.CodeBlock;
import org.briefkit.model.Div;
import org.briefkit.model.Document;
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
 * The words a rendered document must hold, as streams whose words must appear in order: the
 * title; the main text (summary, body, back matter, in reading order); each note on its own (a
 * footnote sits at the foot of a page, away from its mark, so its words keep their own order
 * only); and, when {@code cellsApart} (for the PDF), each table cell on its own (a PDF draws a
 * row's cells side by side, so a row split over two pages interleaves them) and each figure's
 * caption and credit on their own (a figure that does not fit floats to the top of the next
 * page, after the text that follows it). Words are split at white space and left as they are;
 * each format's check normalizes them.
 */
final class ExpectedText implements BlockVisitor<Void>, InlineVisitor<Void> {
    /** @param name what the stream is, for messages; @param kind where its words are found */
    record Stream(String name, Kind kind, List<String> words) {
    }

    /** Which part of a rendered file a stream is looked for in. */
    enum Kind {
        /** The title, the main text and table cells: the body of the file. */
        BODY,
        /** A note: in the DOCX its notes part, in the PDF anywhere. */
        NOTE
    }

    private final boolean cellsApart;
    private final List<Stream> streams = new ArrayList<>();
    private List<String> current;

    private ExpectedText(boolean cellsApart) {
        this.cellsApart = cellsApart;
    }

    /**
     * @param document   the document
     * @param cellsApart whether each table cell is a stream of its own
     * @return the streams, the title first and the main text second
     */
    static List<Stream> of(Document document, boolean cellsApart) {
        ExpectedText out = new ExpectedText(cellsApart);
        List<String> title = new ArrayList<>();
        split(document.metadata().title(), title);
        out.streams.add(new Stream("title", Kind.BODY, title));
        List<String> main = new ArrayList<>();
        out.streams.add(new Stream("main text", Kind.BODY, main));
        out.current = main;
        for (List<Block> part : List.of(document.summary(), document.body(), document.backMatter())) {
            part.forEach(b -> b.accept(out));
        }
        return out.streams;
    }

    /** @param text some text; @param words where its white-space separated words go */
    static void split(String text, List<String> words) {
        int start = -1;
        for (int i = 0; i <= text.length(); ) {
            int cp = i < text.length() ? text.codePointAt(i) : ' ';
            boolean space = Character.isWhitespace(cp) || Character.isSpaceChar(cp);
            if (space && start >= 0) {
                words.add(text.substring(start, i));
                start = -1;
            } else if (!space && start < 0) {
                start = i;
            }
            i += i < text.length() ? Character.charCount(cp) : 1;
        }
    }

    private void blocks(List<Block> blocks) {
        blocks.forEach(b -> b.accept(this));
    }

    private void inlines(List<Inline> inlines) {
        inlines.forEach(i -> i.accept(this));
    }

    private void items(List<ListItem> items) {
        items.forEach(item -> blocks(item.content()));
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
        inlines(quote.attribution());
        return null;
    }

    @Override
    public Void visitPullQuote(PullQuote quote) {
        inlines(quote.content());
        inlines(quote.attribution());
        return null;
    }

    @Override
    public Void visitCallout(Callout callout) {
        inlines(callout.title());
        blocks(callout.content());
        return null;
    }

    @Override
    public Void visitTable(Table table) {
        inlines(table.caption());
        int r = 0;
        for (List<TableRow> rows : List.of(table.head(), table.body())) {
            for (TableRow row : rows) {
                int c = 0;
                for (TableCell cell : row.cells()) {
                    if (cellsApart) {
                        List<String> saved = current;
                        current = new ArrayList<>();
                        streams.add(new Stream("table cell " + r + "," + c, Kind.BODY, current));
                        blocks(cell.content());
                        current = saved;
                    } else {
                        blocks(cell.content());
                    }
                    c++;
                }
                r++;
            }
        }
        return null;
    }

    @Override
    public Void visitFigure(Figure figure) {
        if (cellsApart) {
            List<String> saved = current;
            current = new ArrayList<>();
            streams.add(new Stream("figure " + streams.size(), Kind.BODY, current));
            inlines(figure.caption());
            inlines(figure.credit());
            current = saved;
        } else {
            inlines(figure.caption());
            inlines(figure.credit());
        }
        return null;
    }

    @Override
    public Void visitCodeBlock(CodeBlock code) {
        split(code.text(), current);
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
        split(text.text(), current);
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
        split(code.text(), current);
        return null;
    }

    @Override
    public Void visitLink(Link link) {
        inlines(link.content());
        return null;
    }

    @Override
    public Void visitNote(Note note) {
        List<String> saved = current;
        current = new ArrayList<>();
        streams.add(new Stream("note " + streams.size(), Kind.NOTE, current));
        blocks(note.content());
        current = saved;
        return null;
    }

    @Override
    public Void visitLineBreak(LineBreak lineBreak) {
        return null;
    }

    @Override
    public Void visitSpan(Span span) {
        inlines(span.content());
        return null;
    }
}

package org.briefkit.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The direct children of each kind of block and inline, in reading order: blocks and inlines
 * mixed. One step only, so that walks can use an explicit stack instead of recursion.
 */
final class Children implements BlockVisitor<List<Object>>, InlineVisitor<List<Object>> {
    static final Children INSTANCE = new Children();

    private Children() {
    }

    static List<Object> of(Object node) {
        return node instanceof Block b ? b.accept(INSTANCE) : ((Inline) node).accept(INSTANCE);
    }

    private static List<Object> items(List<ListItem> items) {
        List<Object> out = new ArrayList<>();
        items.forEach(item -> out.addAll(item.content()));
        return out;
    }

    private static void rows(List<TableRow> rows, List<Object> out) {
        rows.forEach(row -> row.cells().forEach(cell -> out.addAll(cell.content())));
    }

    private static List<Object> join(List<?> first, List<?> second) {
        List<Object> out = new ArrayList<>(first.size() + second.size());
        out.addAll(first);
        out.addAll(second);
        return out;
    }

    @Override
    public List<Object> visitHeading(Heading heading) {
        return List.copyOf(heading.content());
    }

    @Override
    public List<Object> visitParagraph(Paragraph paragraph) {
        return List.copyOf(paragraph.content());
    }

    @Override
    public List<Object> visitBulletList(BulletList list) {
        return items(list.items());
    }

    @Override
    public List<Object> visitOrderedList(OrderedList list) {
        return items(list.items());
    }

    @Override
    public List<Object> visitBlockQuote(BlockQuote quote) {
        return join(quote.content(), quote.attribution());
    }

    @Override
    public List<Object> visitPullQuote(PullQuote quote) {
        return join(quote.content(), quote.attribution());
    }

    @Override
    public List<Object> visitCallout(Callout callout) {
        return join(callout.title(), callout.content());
    }

    @Override
    public List<Object> visitTable(Table table) {
        List<Object> out = new ArrayList<>(table.caption());
        rows(table.head(), out);
        rows(table.body(), out);
        return out;
    }

    @Override
    public List<Object> visitFigure(Figure figure) {
        return join(figure.caption(), figure.credit());
    }

    @Override
    public List<Object> visitCodeBlock(CodeBlock code) {
        return List.of();
    }

    @Override
    public List<Object> visitThematicBreak(ThematicBreak rule) {
        return List.of();
    }

    @Override
    public List<Object> visitPageBreak(PageBreak pageBreak) {
        return List.of();
    }

    @Override
    public List<Object> visitDiv(Div div) {
        return List.copyOf(div.content());
    }

    @Override
    public List<Object> visitText(Text text) {
        return List.of();
    }

    @Override
    public List<Object> visitEmphasis(Emphasis emphasis) {
        return List.copyOf(emphasis.content());
    }

    @Override
    public List<Object> visitStrong(Strong strong) {
        return List.copyOf(strong.content());
    }

    @Override
    public List<Object> visitStrikeout(Strikeout strikeout) {
        return List.copyOf(strikeout.content());
    }

    @Override
    public List<Object> visitSuperscript(Superscript superscript) {
        return List.copyOf(superscript.content());
    }

    @Override
    public List<Object> visitSubscript(Subscript subscript) {
        return List.copyOf(subscript.content());
    }

    @Override
    public List<Object> visitSmallCaps(SmallCaps smallCaps) {
        return List.copyOf(smallCaps.content());
    }

    @Override
    public List<Object> visitCode(Code code) {
        return List.of();
    }

    @Override
    public List<Object> visitLink(Link link) {
        return List.copyOf(link.content());
    }

    @Override
    public List<Object> visitNote(Note note) {
        return List.copyOf(note.content());
    }

    @Override
    public List<Object> visitLineBreak(LineBreak lineBreak) {
        return List.of();
    }

    @Override
    public List<Object> visitSpan(Span span) {
        return List.copyOf(span.content());
    }
}

package org.briefkit.markdown.internal;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ext.definition.DefinitionItem;
import com.vladsch.flexmark.ext.definition.DefinitionList;
import com.vladsch.flexmark.ext.definition.DefinitionTerm;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.util.ast.BlankLine;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.briefkit.model.Attr;
import org.briefkit.model.Block;
import org.briefkit.model.BlockQuote;
import org.briefkit.model.BulletList;
import org.briefkit.model.CodeBlock;
import org.briefkit.model.Div;
import org.briefkit.model.Heading;
import org.briefkit.model.Inline;
import org.briefkit.model.ListItem;
import org.briefkit.model.NumberStyle;
import org.briefkit.model.OrderedList;
import org.briefkit.model.PageBreak;
import org.briefkit.model.Paragraph;
import org.briefkit.model.PlainText;
import org.briefkit.model.Strong;
import org.briefkit.model.ThematicBreak;

/**
 * Converts flexmark's block nodes into the model's blocks. Besides the one-to-one cases it makes
 * the dialect's conventions: a paragraph holding only an image is a figure; {@code \newpage} or
 * {@code \pagebreak} alone is a page break; a block quote's last paragraph that starts with a dash
 * is its attribution; a trailing {@code \###}, {@code -30-} or empty {@code ###} heading is the end
 * mark; a definition list is a div of paragraphs with each term in bold; a pandoc grid table is
 * kept as preformatted text; raw HTML blocks are dropped.
 */
final class BlockConverter {
    private static final Pattern GRID_TABLE_TOP = Pattern.compile("\\+[-=:+]+\\+\\s*");

    private final Conversion ctx;
    private final Set<Node> captionsTaken = new HashSet<>();

    /** @param ctx the conversion */
    BlockConverter(Conversion ctx) {
        this.ctx = ctx;
    }

    /**
     * @param parent a node holding blocks
     * @param depth  the depth of the blocks made
     * @return its children as the model's blocks
     */
    List<Block> children(Node parent, int depth) {
        List<Block> out = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            convert(node, depth, out);
        }
        return out;
    }

    /**
     * @param node  a block node
     * @param depth the depth of the blocks made
     * @param out   receives none, one or (for some containers) several blocks
     */
    void convert(Node node, int depth, List<Block> out) {
        int at = node.getStartOffset();
        ctx.tick(at);
        ctx.checkDepth(depth, at);
        if (node instanceof com.vladsch.flexmark.ast.Paragraph paragraph) {
            paragraph(paragraph, depth, out);
        } else if (node instanceof com.vladsch.flexmark.ast.Heading heading) {
            heading(heading, depth, out);
        } else if (node instanceof com.vladsch.flexmark.ast.BlockQuote) {
            out.add(blockQuote(node, depth));
        } else if (node instanceof com.vladsch.flexmark.ast.BulletList) {
            out.add(ctx.build(at, () -> new BulletList(items(node, depth))));
        } else if (node instanceof com.vladsch.flexmark.ast.OrderedList list) {
            int start = list.getStartNumber();
            out.add(ctx.build(at, () -> new OrderedList(start, NumberStyle.DECIMAL, items(node, depth))));
        } else if (node instanceof FencedCodeBlock code) {
            out.add(fencedCode(code));
        } else if (node instanceof IndentedCodeBlock code) {
            out.add(ctx.build(at, () -> new CodeBlock(Attr.EMPTY, codeText(code.getContentChars()))));
        } else if (node instanceof com.vladsch.flexmark.ast.ThematicBreak) {
            out.add(new ThematicBreak());
        } else if (node instanceof TableBlock table) {
            out.add(ctx.tables.table(table, depth, caption(table)));
        } else if (node instanceof DefinitionList) {
            out.add(definitions(node, depth));
        } else if (node instanceof FencedDiv div) {
            ctx.divs.convert(div, depth, out);
        } else if (producesNothing(node) || captionsTaken.contains(node)) {
            return;
        } else if (node.hasChildren()) {
            out.addAll(children(node, depth));
        } else if (!node.getChars().isBlank()) {
            out.add(new Paragraph(List.of(Inlines.text(node.getChars().toString().strip()))));
        }
    }

    /**
     * @param node a top-level node
     * @return whether nothing that makes a block comes after it in the document
     */
    boolean isLast(Node node) {
        if (node.getParent() != ctx.tree) {
            return false;
        }
        for (Node next = node.getNext(); next != null; next = next.getNext()) {
            if (!producesNothing(next)) {
                return false;
            }
        }
        return true;
    }

    private static boolean producesNothing(Node node) {
        return node instanceof FootnoteBlock || node instanceof Reference || node instanceof HtmlBlockBase
                || node instanceof HtmlCommentBlock || node instanceof FencedDivEnd || node instanceof BlankLine;
    }

    private void paragraph(com.vladsch.flexmark.ast.Paragraph paragraph, int depth, List<Block> out) {
        if (captionsTaken.contains(paragraph) || isCaptionBefore(paragraph)) {
            return;
        }
        if (ctx.figures.convert(paragraph, depth, out)) {
            return;
        }
        String source = contentText(paragraph);
        String raw = source.strip();
        int at = paragraph.getStartOffset();
        if (raw.equals("\\newpage") || raw.equals("\\pagebreak")) {
            out.add(new PageBreak());
        } else if ((raw.equals("\\###") || raw.equals("-30-")) && isLast(paragraph)) {
            ctx.endMark(raw.equals("\\###") ? "###" : raw, at);
        } else if (isGridTable(source)) {
            out.add(new CodeBlock(Attr.classes("grid-table"), source.stripTrailing()));
        } else {
            List<Inline> content = Inlines.strip(ctx.inlines.children(paragraph, depth + 1));
            if (!content.isEmpty()) {
                out.add(new Paragraph(content));
            }
        }
    }

    private void heading(com.vladsch.flexmark.ast.Heading heading, int depth, List<Block> out) {
        int at = heading.getStartOffset();
        Inlines.Trailing parts = trailing(ctx.inlines.children(heading, depth + 1), at);
        if (parts.content().isEmpty()) {
            if (heading.isAtxHeading() && heading.getChars().toString().strip().equals("###") && isLast(heading)) {
                ctx.endMark("###", at);
                return;
            }
            throw ctx.error(at, "this heading has no text");
        }
        Attr written = parts.attr();
        String id = written.hasId() ? written.id() : ctx.ids.makeFor(PlainText.of(parts.content()));
        Attr attr = new Attr(id, written.classes(), written.attributes());
        ctx.ids.define(id, at);
        out.add(ctx.build(at, () -> new Heading(heading.getLevel(), attr, parts.content())));
    }

    /** {@link Inlines#trailingAttributes}, its problem reported at {@code at}. */
    Inlines.Trailing trailing(List<Inline> inlines, int at) {
        try {
            return Inlines.trailingAttributes(inlines);
        } catch (Problem e) {
            throw ctx.error(at, e.getMessage());
        }
    }

    private Block blockQuote(Node quote, int depth) {
        Node last = quote.getLastChild();
        while (last != null && producesNothing(last)) {
            last = last.getPrevious();
        }
        boolean attributed = last instanceof com.vladsch.flexmark.ast.Paragraph && last != quote.getFirstChild()
                && Inlines.startsWithAttributionDash(contentText(last));
        List<Block> content = new ArrayList<>();
        for (Node node = quote.getFirstChild(); node != null && !(attributed && node == last); node = node.getNext()) {
            convert(node, depth + 1, content);
        }
        List<Inline> attribution = attributed
                ? Inlines.withoutLeadingDash(ctx.inlines.children(last, depth + 1)) : List.of();
        return ctx.build(quote.getStartOffset(), () -> new BlockQuote(content, attribution));
    }

    private List<ListItem> items(Node list, int depth) {
        List<ListItem> items = new ArrayList<>();
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (item instanceof com.vladsch.flexmark.ast.ListItem) {
                items.add(new ListItem(children(item, depth + 1)));
            }
        }
        return items;
    }

    private Block fencedCode(FencedCodeBlock code) {
        int at = code.getStartOffset();
        String info = code.getInfo().toString().strip();
        Attr attr;
        if (info.startsWith("{")) {
            try {
                attr = AttrParser.parse(info);
            } catch (Problem e) {
                throw ctx.error(at, "this code block's " + e.getMessage());
            }
        } else {
            String language = info.isEmpty() ? "" : info.split("\\s+")[0];
            attr = language.isEmpty() ? Attr.EMPTY : ctx.build(at, () -> Attr.classes(language));
        }
        ctx.ids.define(attr.id(), at);
        Attr theAttr = attr;
        return ctx.build(at, () -> new CodeBlock(theAttr, codeText(code.getContentChars())));
    }

    /** A definition list as a div: each term a paragraph in bold, each definition its blocks. */
    private Block definitions(Node list, int depth) {
        List<Block> content = new ArrayList<>();
        for (Node child = list.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof DefinitionTerm) {
                List<Inline> term = new ArrayList<>();
                for (Node part = child.getFirstChild(); part != null; part = part.getNext()) {
                    term.addAll(Inlines.strip(ctx.inlines.children(part, depth + 3)));
                }
                if (!term.isEmpty()) {
                    content.add(new Paragraph(List.of(new Strong(Inlines.merge(term)))));
                }
            } else {
                content.addAll(children(child, depth + 1));
            }
        }
        return new Div(Attr.classes("definition-list"), content);
    }

    /** @return the caption paragraph written after the table, or else before it; null for none */
    private com.vladsch.flexmark.ast.Paragraph caption(TableBlock table) {
        com.vladsch.flexmark.ast.Paragraph after = captionIn(table.getNext());
        com.vladsch.flexmark.ast.Paragraph before = captionIn(table.getPrevious());
        com.vladsch.flexmark.ast.Paragraph caption = after != null ? after : before;
        if (caption == null || captionsTaken.contains(caption)) {
            return null;
        }
        captionsTaken.add(caption);
        if (caption.getParent() != table.getParent()) {
            captionsTaken.add(caption.getParent());
        }
        return caption;
    }

    /** A caption before a table is left for the table, unless the table has its own after it. */
    private boolean isCaptionBefore(com.vladsch.flexmark.ast.Paragraph paragraph) {
        Node next = paragraph.getNext();
        return next instanceof TableBlock && captionIn(paragraph) != null && captionIn(next.getNext()) == null;
    }

    /**
     * @param node a sibling of a table
     * @return its caption paragraph, when it is one: {@code Table: ...}, or {@code : ...} (which
     *         flexmark reads as a definition without a term)
     */
    private static com.vladsch.flexmark.ast.Paragraph captionIn(Node node) {
        if (node instanceof com.vladsch.flexmark.ast.Paragraph paragraph) {
            String text = contentText(paragraph).stripLeading();
            return text.startsWith("Table:") || text.startsWith("table:") ? paragraph : null;
        }
        if (node instanceof DefinitionItem item && item.getPrevious() instanceof TableBlock
                && item.getFirstChild() instanceof com.vladsch.flexmark.ast.Paragraph paragraph
                && paragraph.getNext() == null) {
            return paragraph;
        }
        return null;
    }

    private static boolean isGridTable(String source) {
        String[] lines = source.strip().split("\n");
        if (lines.length < 2 || !GRID_TABLE_TOP.matcher(lines[0].strip()).matches()) {
            return false;
        }
        for (String line : lines) {
            String stripped = line.strip();
            if (!stripped.startsWith("+") && !stripped.startsWith("|")) {
                return false;
            }
        }
        return true;
    }

    /** @return a block's text as written, without the prefixes of the containers it is in */
    static String contentText(Node block) {
        if (block instanceof com.vladsch.flexmark.util.ast.Block withLines) {
            StringBuilder text = new StringBuilder();
            for (BasedSequence line : withLines.getContentLines()) {
                text.append(line);
            }
            return text.toString();
        }
        return block.getChars().toString();
    }

    private static String codeText(BasedSequence content) {
        String text = TextCleaner.replaceControls(content.toString());
        return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    }
}

package org.briefkit.markdown.internal;

import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.briefkit.model.Attr;
import org.briefkit.model.Block;
import org.briefkit.model.Callout;
import org.briefkit.model.Div;
import org.briefkit.model.Inline;
import org.briefkit.model.LineBreak;
import org.briefkit.model.PageBreak;
import org.briefkit.model.Paragraph;
import org.briefkit.model.PlainText;
import org.briefkit.model.PullQuote;

/**
 * What a fenced div becomes, by its first class that means something to Briefkit:
 * <ul>
 * <li>{@code page-break}: a page break (the div must be empty);</li>
 * <li>{@code end-mark}: the document's end mark, its text or {@code ###} when empty; it must be
 * the document's last block;</li>
 * <li>{@code summary}, at the top level: its blocks become the document's summary;</li>
 * <li>{@code callout}: a callout box, titled by its {@code title} attribute, other classes
 * (such as {@code takeaways}) kept to say what kind of box;</li>
 * <li>{@code pull-quote}: a pull quote of its paragraphs, attributed by an {@code attribution}
 * attribute or a last paragraph that starts with a dash;</li>
 * <li>anything else: a div with its attributes.</li>
 * </ul>
 */
final class FencedDivs {
    private final Conversion ctx;

    /** @param ctx the conversion */
    FencedDivs(Conversion ctx) {
        this.ctx = ctx;
    }

    /**
     * @param div   the fenced div
     * @param depth the depth of the block made
     * @param out   receives the block, if the div makes one
     */
    void convert(FencedDiv div, int depth, List<Block> out) {
        Attr attr = div.attr();
        int at = div.fenceOffset();
        if (attr.hasClass("page-break")) {
            if (div.hasChildren()) {
                throw ctx.error(at, "a page-break div must be empty; move its content after the closing ':::'");
            }
            out.add(new PageBreak());
        } else if (attr.hasClass("end-mark")) {
            if (!ctx.blocks.isLast(div)) {
                throw ctx.error(at, "an end-mark div must be the last block of the document");
            }
            String mark = PlainText.of(joined(ctx.blocks.children(div, depth + 1), at)).strip();
            ctx.endMark(mark.isEmpty() ? "###" : mark, at);
        } else if (attr.hasClass("summary") && div.getParent() == ctx.tree) {
            ctx.summary.addAll(ctx.blocks.children(div, 1));
        } else if (attr.hasClass("callout")) {
            Attr rest = without(attr, "callout", "title");
            List<Inline> title = ctx.inlineText(attr.get("title"), at, depth + 1);
            List<Block> content = ctx.blocks.children(div, depth + 1);
            ctx.ids.define(rest.id(), at);
            out.add(ctx.build(at, () -> new Callout(rest, title, content)));
        } else if (attr.hasClass("pull-quote")) {
            out.add(pullQuote(div, depth));
        } else {
            List<Block> content = ctx.blocks.children(div, depth + 1);
            ctx.ids.define(attr.id(), at);
            out.add(ctx.build(at, () -> new Div(attr, content)));
        }
    }

    private Block pullQuote(FencedDiv div, int depth) {
        int at = div.fenceOffset();
        Node last = div.getLastChild();
        String attributionText = div.attr().get("attribution");
        boolean dashed = attributionText.isEmpty() && last instanceof com.vladsch.flexmark.ast.Paragraph
                && last != div.getFirstChild() && Inlines.startsWithAttributionDash(BlockConverter.contentText(last));
        List<Block> paragraphs = new ArrayList<>();
        for (Node node = div.getFirstChild(); node != null && !(dashed && node == last); node = node.getNext()) {
            ctx.blocks.convert(node, depth + 1, paragraphs);
        }
        List<Inline> content = joined(paragraphs, at);
        if (content.isEmpty()) {
            throw ctx.error(at, "this pull quote has no text");
        }
        List<Inline> attribution = dashed
                ? Inlines.withoutLeadingDash(ctx.inlines.children(last, depth + 1))
                : ctx.inlineText(attributionText, at, depth + 1);
        return ctx.build(at, () -> new PullQuote(content, attribution));
    }

    /** @return the paragraphs' inlines, a line break between paragraphs */
    private List<Inline> joined(List<Block> blocks, int at) {
        List<Inline> out = new ArrayList<>();
        for (Block block : blocks) {
            if (!(block instanceof Paragraph paragraph)) {
                String kind = block.getClass().getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2");
                throw ctx.error(at, "this div may hold only paragraphs of text, not a "
                        + kind.toLowerCase(java.util.Locale.ROOT));
            }
            if (!out.isEmpty()) {
                out.add(new LineBreak());
            }
            out.addAll(paragraph.content());
        }
        return out;
    }

    private static Attr without(Attr attr, String className, String key) {
        List<String> classes = new ArrayList<>(attr.classes());
        classes.remove(className);
        Map<String, String> pairs = new LinkedHashMap<>(attr.attributes());
        pairs.remove(key);
        return new Attr(attr.id(), classes, pairs);
    }
}

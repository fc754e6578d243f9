package org.briefkit.markdown.internal;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.TextBase;
import com.vladsch.flexmark.ext.attributes.AttributesNode;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.gfm.strikethrough.Strikethrough;
import com.vladsch.flexmark.ext.typographic.TypographicQuotes;
import com.vladsch.flexmark.ext.typographic.TypographicSmarts;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.ArrayList;
import java.util.List;
import org.briefkit.model.Attr;
import org.briefkit.model.Code;
import org.briefkit.model.Emphasis;
import org.briefkit.model.Inline;
import org.briefkit.model.LineBreak;
import org.briefkit.model.Link;
import org.briefkit.model.PlainText;
import org.briefkit.model.SmallCaps;
import org.briefkit.model.Span;
import org.briefkit.model.Strikeout;
import org.briefkit.model.Strong;
import org.briefkit.model.Subscript;
import org.briefkit.model.Superscript;

/**
 * Converts flexmark's inline nodes into the model's inlines, one level of recursion per level of
 * nesting (which {@link TreeSurvey} and {@link Conversion#checkDepth} bound).
 *
 * <p>Decisions worth knowing: soft line breaks become spaces; an image inside running text becomes
 * its alt text in a span with class {@code image} (only an image alone in its paragraph is a
 * figure); raw HTML is handled as {@link RawHtml} says; {@code [text]{.class}} is a span, and
 * {@code [text]{.smallcaps}} small caps; {@code {...}} right after code, a link or a span gives it
 * attributes, and anywhere else stays the text it is.
 */
final class InlineConverter {
    private final Conversion ctx;
    private final Document tree;
    private final int fixedOffset;

    /**
     * @param ctx         the conversion
     * @param tree        the tree the nodes are in, for link references
     * @param fixedOffset the offset to report every problem at, or -1 to report each node's own
     *                    (text parsed out of an attribute has no offsets of its own in the file)
     */
    InlineConverter(Conversion ctx, Document tree, int fixedOffset) {
        this.ctx = ctx;
        this.tree = tree;
        this.fixedOffset = fixedOffset;
    }

    /**
     * @param parent a node holding inlines (a paragraph, a heading, an emphasis...)
     * @param depth  the depth of the inlines made
     * @return its children as the model's inlines
     */
    List<Inline> children(Node parent, int depth) {
        List<Inline> out = new ArrayList<>();
        Node node = parent.getFirstChild();
        while (node != null) {
            node = convert(node, depth, out);
        }
        return Inlines.merge(out);
    }

    /** @return where to report a problem with the node */
    int offset(Node node) {
        return fixedOffset >= 0 ? fixedOffset : node.getStartOffset();
    }

    /** Converts one node, and any sibling it takes with it, into {@code out}; returns the next node. */
    private Node convert(Node node, int depth, List<Inline> out) {
        int at = offset(node);
        ctx.tick(at);
        ctx.checkDepth(depth, at);
        Node next = node.getNext();
        if (node instanceof com.vladsch.flexmark.ast.Text) {
            // pandoc's escaped space ("a\\ b") is a no-break space; CommonMark would keep the backslash.
            out.add(Inlines.text(node.getChars().unescape().replace("\\ ", "\u00A0")));
        } else if (node instanceof HtmlEntity) {
            out.add(Inlines.text(node.getChars().unescape()));
        } else if (node instanceof SoftLineBreak) {
            out.add(Inlines.text(" "));
        } else if (node instanceof HardLineBreak) {
            out.add(new LineBreak());
        } else if (node instanceof TextBase) {
            out.addAll(children(node, depth));
        } else if (node instanceof TypographicQuotes quotes && quotes.getTypographicOpening() == null) {
            out.addAll(children(node, depth));
        } else if (node instanceof TypographicQuotes quotes) {
            out.add(Inlines.text(Escaping.unescapeHtml(quotes.getTypographicOpening())));
            out.addAll(children(node, depth));
            out.add(Inlines.text(Escaping.unescapeHtml(quotes.getTypographicClosing())));
        } else if (node instanceof TypographicSmarts smarts) {
            out.add(Inlines.text(Escaping.unescapeHtml(smarts.getTypographicText())));
        } else if (node instanceof com.vladsch.flexmark.ast.Emphasis) {
            out.add(new Emphasis(children(node, depth + 1)));
        } else if (node instanceof StrongEmphasis) {
            out.add(new Strong(children(node, depth + 1)));
        } else if (node instanceof Strikethrough) {
            out.add(new Strikeout(children(node, depth + 1)));
        } else if (node instanceof com.vladsch.flexmark.ext.gfm.strikethrough.Subscript) {
            out.add(new Subscript(children(node, depth + 1)));
        } else if (node instanceof com.vladsch.flexmark.ext.superscript.Superscript) {
            out.add(new Superscript(children(node, depth + 1)));
        } else if (node instanceof com.vladsch.flexmark.ast.Code code) {
            Attr attr = attached(node);
            String text = codeText(code.getText().toString());
            out.add(ctx.build(at, () -> new Code(attr == null ? Attr.EMPTY : attr, TextCleaner.replaceControls(text))));
            return defineAndSkip(attr, at, next);
        } else if (node instanceof MathSpans.MathSpan math) {
            // TeX stays text as written, dollars included: its ^ and ~ are not superscript.
            out.add(Inlines.text(math.getChars().toString()));
        } else if (node instanceof com.vladsch.flexmark.ast.Link link) {
            return link(node, link.getUrl().unescape(), link.getTitle().unescape(), depth, out);
        } else if (node instanceof LinkRef ref) {
            return linkRef(ref, depth, out);
        } else if (node instanceof AutoLink auto) {
            String url = auto.getText().toString();
            out.add(Urls.isUnsafe(url) ? Inlines.text(url) : link(at, Attr.EMPTY, List.of(Inlines.text(url)), url, ""));
        } else if (node instanceof MailLink mail) {
            String address = mail.getText().toString();
            out.add(link(at, Attr.EMPTY, List.of(Inlines.text(address)), "mailto:" + address, ""));
        } else if (node instanceof com.vladsch.flexmark.ast.Image || node instanceof ImageRef) {
            inlineImage(node, depth, out);
            return attached(node) != null ? next.getNext() : next;
        } else if (node instanceof HtmlInline html) {
            return html(html, out);
        } else if (node instanceof HtmlInlineComment || node instanceof Reference) {
            return next;
        } else if (node instanceof Footnote footnote) {
            out.add(note(footnote, at, depth));
        } else if (node.hasChildren() && !(node instanceof AttributesNode)) {
            out.addAll(children(node, depth));
        } else {
            // {...} that belongs to nothing, and any node this reader does not know: its text.
            out.add(Inlines.text(node.getChars().unescape()));
        }
        return next;
    }

    private Node link(Node node, String url, String title, int depth, List<Inline> out) {
        Attr attr = attached(node);
        int at = offset(node);
        List<Inline> content = children(node, depth + 1);
        String target = Urls.normalize(url);
        if (target.isEmpty() || target.equals("#") || Urls.isUnsafe(target)) {
            // [text]() links nowhere, and javascript: or file: links must not be followed: the
            // text stays, unlinked.
            out.addAll(content);
            return attr == null ? node.getNext() : node.getNext().getNext();
        }
        out.add(link(at, attr == null ? Attr.EMPTY : attr, content, target, title));
        return defineAndSkip(attr, at, node.getNext());
    }

    private Link link(int at, Attr attr, List<Inline> content, String url, String title) {
        String target = Urls.normalize(url);
        if (target.startsWith("#")) {
            ctx.ids.linkTo(target.substring(1), at);
        }
        String cleanTitle = TextCleaner.replaceControls(title);
        return ctx.build(at, () -> new Link(attr, content, target, cleanTitle));
    }

    private Node linkRef(LinkRef ref, int depth, List<Inline> out) {
        if (ref.isDefined()) {
            Reference definition = ref.getReferenceNode(tree);
            if (definition != null) {
                return link(ref, definition.getUrl().unescape(), definition.getTitle().unescape(), depth, out);
            }
        }
        Attr attr = attached(ref);
        int at = offset(ref);
        if (attr != null) {
            out.add(span(attr, ref, depth, at));
            return ref.getNext().getNext();
        }
        // [text] or [text][ref] without a definition: the text it is, brackets and all.
        String raw = ref.getChars().unescape();
        if (!ref.hasChildren()) {
            out.add(Inlines.text(raw));
            return ref.getNext();
        }
        out.add(Inlines.text("["));
        out.addAll(children(ref, depth));
        int childrenEnd = ref.getLastChild().getEndOffset() - ref.getStartOffset();
        out.add(Inlines.text(ref.getChars().subSequence(Math.max(0, childrenEnd)).unescape()));
        return ref.getNext();
    }

    /** {@code [text]{.class}}: a span; {@code .smallcaps} makes it small caps. */
    private Inline span(Attr attr, Node ref, int depth, int at) {
        ctx.ids.define(attr.id(), at);
        if (!attr.hasClass("smallcaps")) {
            return ctx.build(at, () -> new Span(attr, children(ref, depth + 1)));
        }
        List<String> classes = new ArrayList<>(attr.classes());
        classes.remove("smallcaps");
        Attr rest = new Attr(attr.id(), classes, attr.attributes());
        if (rest.equals(Attr.EMPTY)) {
            return new SmallCaps(children(ref, depth + 1));
        }
        return ctx.build(at, () -> new Span(rest, List.of(new SmallCaps(children(ref, depth + 2)))));
    }

    /** An image inside running text: its alt text, in a span of class {@code image}; nothing without alt text. */
    private void inlineImage(Node image, int depth, List<Inline> out) {
        String alt = PlainText.of(children(image, depth + 1)).strip();
        if (!alt.isEmpty()) {
            out.add(new Span(Attr.classes("image"), List.of(Inlines.text(alt))));
        }
    }

    private Node html(HtmlInline html, List<Inline> out) {
        String tag = html.getChars().toString();
        if (RawHtml.isLineBreak(tag)) {
            out.add(new LineBreak());
            return html.getNext();
        }
        String hidden = RawHtml.opensHiddenContent(tag);
        Node next = html.getNext();
        if (hidden != null) {
            while (next != null && !RawHtml.closes(next, hidden)) {
                next = next.getNext();
            }
            return next == null ? null : next.getNext();
        }
        return next;
    }

    /** A footnote reference: its note, or, when no footnote has its label, the text as written (as pandoc does). */
    private Inline note(Footnote footnote, int at, int depth) {
        FootnoteBlock block = footnote.getFootnoteBlock();
        if (block == null) {
            block = footnote.getReferenceNode(tree);
        }
        if (block == null) {
            return Inlines.text(footnote.getChars().unescape());
        }
        return ctx.note(footnote, block, at, depth);
    }

    /**
     * @param node an inline
     * @return the attributes written right after it, {@code `code`{.python}}, or null when there
     *         are none (or what follows only looks like attributes)
     */
    private Attr attached(Node node) {
        Node next = node.getNext();
        if (next instanceof AttributesNode && next.getStartOffset() == node.getEndOffset()) {
            String text = next.getChars().toString();
            try {
                return AttrParser.parse(text);
            } catch (Problem e) {
                if (AttrParser.looksLikeAttributes(text)) {
                    throw ctx.error(offset(next), e.getMessage());
                }
                return null;
            }
        }
        return null;
    }

    private Node defineAndSkip(Attr attr, int at, Node next) {
        if (attr == null) {
            return next;
        }
        ctx.ids.define(attr.id(), at);
        return next.getNext();
    }

    /** CommonMark's code span content: line ends become spaces; one space goes from each end if both have one. */
    static String codeText(String raw) {
        String text = raw.replace('\n', ' ');
        if (text.length() >= 2 && text.startsWith(" ") && text.endsWith(" ") && !text.isBlank()) {
            return text.substring(1, text.length() - 1);
        }
        return text;
    }
}

package org.briefkit.markdown.internal;

import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ext.attributes.AttributesNode;
import com.vladsch.flexmark.util.ast.Node;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.briefkit.model.Attr;
import org.briefkit.model.Block;
import org.briefkit.model.Figure;
import org.briefkit.model.Image;
import org.briefkit.model.Inline;
import org.briefkit.model.PlainText;

/**
 * Makes a figure of a paragraph that holds one image and nothing else (but white space and the
 * image's attributes): {@code ![alt](chart.png "Caption"){#fig:x .wide credit="Source: ..."}}.
 * The alt text is required; the title is the caption and the {@code credit} attribute the credit
 * line, both read as inline Markdown; the other attributes stay on the figure.
 */
final class FigureConverter {
    private final Conversion ctx;

    /** @param ctx the conversion */
    FigureConverter(Conversion ctx) {
        this.ctx = ctx;
    }

    /**
     * @param paragraph a paragraph
     * @param depth     the depth of the paragraph
     * @param out       receives the figure, if the paragraph is one
     * @return whether it was a figure
     */
    boolean convert(com.vladsch.flexmark.ast.Paragraph paragraph, int depth, List<Block> out) {
        Node image = null;
        AttributesNode attributes = null;
        for (Node node = paragraph.getFirstChild(); node != null; node = node.getNext()) {
            boolean space = node instanceof com.vladsch.flexmark.ast.Text && node.getChars().isBlank();
            if (space || node instanceof SoftLineBreak) {
                continue;
            }
            if (image == null && isImage(node)) {
                image = node;
            } else if (image != null && attributes == null && node instanceof AttributesNode a
                    && a.getStartOffset() == image.getEndOffset()) {
                attributes = a;
            } else {
                return false;
            }
        }
        if (image == null) {
            return false;
        }
        out.add(figure(image, attributes, depth));
        return true;
    }

    private boolean isImage(Node node) {
        return node instanceof com.vladsch.flexmark.ast.Image
                || node instanceof ImageRef ref && ref.isDefined() && ref.getReferenceNode(ctx.tree) != null;
    }

    private Figure figure(Node image, AttributesNode attributes, int depth) {
        int at = image.getStartOffset();
        String url;
        String title;
        if (image instanceof com.vladsch.flexmark.ast.Image inline) {
            url = inline.getUrl().unescape();
            title = inline.getTitle().unescape();
        } else {
            Reference reference = ((ImageRef) image).getReferenceNode(ctx.tree);
            url = reference.getUrl().unescape();
            title = reference.getTitle().unescape();
        }
        String alt = PlainText.of(ctx.inlines.children(image, depth + 1)).strip();
        if (alt.isEmpty()) {
            throw ctx.error(at, "this figure has no alt text; describe the picture for readers who cannot see it:"
                    + " ![A bar chart of ...](" + url + ")");
        }
        Attr written = Attr.EMPTY;
        if (attributes != null) {
            try {
                written = AttrParser.parse(attributes.getChars().toString());
            } catch (Problem e) {
                throw ctx.error(attributes.getStartOffset(), "this figure's " + e.getMessage());
            }
        }
        Map<String, String> rest = new LinkedHashMap<>(written.attributes());
        String creditText = rest.remove("credit");
        Attr attr = new Attr(written.id(), written.classes(), rest);
        List<Inline> caption = ctx.inlineText(TextCleaner.replaceControls(title), at, depth + 1);
        List<Inline> credit = creditText == null ? List.of() : ctx.inlineText(creditText, at, depth + 1);
        Image picture;
        try {
            picture = ctx.images.load(url);
        } catch (Problem e) {
            throw ctx.error(at, e.getMessage());
        }
        ctx.ids.define(attr.id(), at);
        return ctx.build(at, () -> new Figure(attr, picture, alt, caption, credit));
    }
}

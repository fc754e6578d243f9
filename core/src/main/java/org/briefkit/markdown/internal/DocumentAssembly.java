package org.briefkit.markdown.internal;

import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;
import org.briefkit.InvalidDocumentException;
import org.briefkit.model.Block;
import org.briefkit.model.Document;
import org.briefkit.model.Heading;
import org.briefkit.model.Metadata;
import org.briefkit.model.PlainText;

/**
 * Puts the converted blocks together into a document: body, then back matter from the first
 * top-level heading with class {@code appendix}; the title from the front matter, or else from a
 * level-1 heading that begins the body (and then leaves it); the end mark found at the end unless
 * the front matter gave one; and every internal link checked against the ids that exist.
 */
final class DocumentAssembly {
    private DocumentAssembly() {
    }

    /**
     * @param ctx  the conversion of the whole tree
     * @param meta what the front matter said
     * @return the document
     */
    static Document assemble(Conversion ctx, FrontMatterReader.Result meta) {
        List<Block> body = new ArrayList<>();
        List<Block> backMatter = new ArrayList<>();
        for (Node node = ctx.tree.getFirstChild(); node != null; node = node.getNext()) {
            List<Block> blocks = new ArrayList<>();
            ctx.blocks.convert(node, 1, blocks);
            for (Block block : blocks) {
                if (backMatter.isEmpty() && block instanceof Heading h && h.attr().hasClass("appendix")) {
                    backMatter.add(block);
                } else {
                    (backMatter.isEmpty() ? body : backMatter).add(block);
                }
            }
        }
        Metadata.Builder metadata = meta.builder();
        if (!meta.hasTitle()) {
            if (body.isEmpty() || !(body.get(0) instanceof Heading first) || first.level() != 1) {
                throw ctx.error(0, "the document has no title: give it one in front matter ('title: ...'), or begin"
                        + " the text with a level-1 heading ('# The title')");
            }
            metadata.title(PlainText.of(first.content()).strip());
            ctx.ids.forget(first.attr().id());
            body.remove(0);
        }
        if (ctx.endMark() != null && !meta.hasEndMark()) {
            metadata.endMark(ctx.endMark());
        }
        ctx.ids.checkLinks();
        try {
            return new Document(metadata.build(), ctx.summary, body, backMatter);
        } catch (InvalidDocumentException e) {
            throw ctx.error(0, "the document is not valid: " + e.getMessage());
        }
    }
}

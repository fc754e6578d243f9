package org.briefkit.docx.internal.layout;

import java.util.List;
import org.briefkit.compose.Wording;
import org.briefkit.docx.internal.RenderContext;
import org.briefkit.docx.internal.blocks.BlockWriter;
import org.briefkit.docx.internal.inlines.InlineWriter;
import org.briefkit.docx.internal.styles.StyleIds;
import org.briefkit.docx.internal.tables.TableWriter;
import org.briefkit.model.Author;
import org.briefkit.model.Organization;
import org.briefkit.model.RelatedItem;
import org.briefkit.theme.Units;

/** The parts after the text: about the organization or the authors, "Read more", the end mark. */
final class Closing {
    private Closing() {
    }

    /** A press release's "About the organization": boilerplate, then address and website. */
    static void about(RenderContext ctx, BlockWriter writer) {
        Organization org = ctx.meta().organization().orElseThrow();
        writer.paragraph(StyleIds.ABOUT_HEADING).text(Wording.about(org.name()), null, "about");
        writer.paragraph(StyleIds.ABOUT).text(org.about(), null, "organization.about");
        if (!org.address().isEmpty() || !org.website().isEmpty()) {
            // the address, then the website on the same line after a wide space, as the PDF sets them
            InlineWriter w = writer.paragraph(StyleIds.ABOUT);
            w.text(org.address(), null, "organization.address");
            if (!org.website().isEmpty()) {
                w.text(org.address().isEmpty() ? "" : "\u00A0\u00A0 ", null, "about");
                w.link(org.website(), org.website(), "organization.website");
            }
        }
    }

    /** "About the Authors": each author's name in bold with the role after it on its line, then the bio. */
    static void aboutAuthors(RenderContext ctx, BlockWriter writer, String bookmark) {
        writer.partHeading(1, Wording.ABOUT_AUTHORS, bookmark);
        for (Author a : ctx.meta().authors()) {
            InlineWriter line = writer.paragraph(StyleIds.AUTHOR_NAME).text(a.name(), null, "author.name");
            if (!a.role().isEmpty()) {
                // the role on the name's line, after a double space (as the PDF sets it)
                line.text("\u00A0 " + a.role(), StyleIds.AUTHOR_ROLE, "author.role");
            }
            if (!a.bio().isEmpty()) {
                writer.paragraph(StyleIds.AUTHOR_BIO).text(a.bio(), null, "author.bio");
            }
        }
    }

    /**
     * The "Read more" card, as the PDF sets it: a filled box with an accent rule at its left, the
     * label in a narrow column (6.2 caption ems), and beside it each item's title (linked) and
     * summary; kept on one page.
     */
    static void readMore(RenderContext ctx, BlockWriter outer) {
        int measure = outer.scope().width();
        int pad = Units.twips(ctx.theme().type().body() * 0.7);
        int label = pad + Units.twips(ctx.theme().type().caption() * 6.2) + pad;
        int gutter = Math.max(0, Units.twips(ctx.theme().type().body()) - pad); // and the label's right padding
        List<BlockWriter> cols = TableWriter.columns(ctx, outer.flow(), StyleIds.CARD_TABLE,
                new int[] {label, measure - label}, gutter, true, outer.scope());
        cols.get(0).paragraph(StyleIds.READ_MORE_TITLE).text(Wording.READ_MORE, null, "readMore");
        BlockWriter writer = cols.get(1);
        for (RelatedItem item : ctx.meta().related()) {
            InlineWriter title = writer.paragraph(StyleIds.READ_MORE_ITEM);
            if (item.link().isEmpty()) {
                title.text(item.title(), null, "related.title");
            } else {
                title.link(item.link(), item.title(), "related.title");
            }
            if (!item.summary().isEmpty()) {
                writer.paragraph(StyleIds.READ_MORE).text(item.summary(), null, "related.summary");
            }
        }
        cols.get(0).flow().endWithParagraph(StyleIds.READ_MORE_TITLE);
        writer.flow().endWithParagraph(StyleIds.READ_MORE);
    }

    static void endMark(RenderContext ctx, BlockWriter writer) {
        writer.paragraph(StyleIds.END_MARK).text(ctx.meta().endMark(), null, "endMark");
    }
}

package org.briefkit.docx.internal.layout;

import org.briefkit.compose.Wording;
import org.briefkit.docx.internal.RenderContext;
import org.briefkit.docx.internal.blocks.BlockWriter;
import org.briefkit.docx.internal.inlines.InlineWriter;
import org.briefkit.docx.internal.styles.StyleIds;
import org.briefkit.model.Author;
import org.briefkit.model.Organization;
import org.briefkit.model.RelatedItem;

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
            InlineWriter w = writer.paragraph(StyleIds.ABOUT);
            w.text(org.address(), null, "organization.address");
            if (!org.website().isEmpty()) {
                w.text(org.address().isEmpty() ? "" : "\n", null, "about");
                w.link(org.website(), org.website(), "organization.website");
            }
        }
    }

    static void aboutAuthors(RenderContext ctx, BlockWriter writer, String bookmark) {
        writer.partHeading(1, Wording.ABOUT_AUTHORS, bookmark);
        for (Author a : ctx.meta().authors()) {
            writer.paragraph(StyleIds.AUTHOR_NAME).text(a.name(), null, "author.name");
            if (!a.role().isEmpty()) {
                writer.paragraph(StyleIds.AUTHOR_ROLE).text(a.role(), null, "author.role");
            }
            if (!a.bio().isEmpty()) {
                writer.paragraph(StyleIds.AUTHOR_BIO).text(a.bio(), null, "author.bio");
            }
        }
    }

    /** The "Read more" card: a label, then each item's title (linked) and summary. */
    static void readMore(RenderContext ctx, BlockWriter writer) {
        writer.paragraph(StyleIds.READ_MORE_TITLE).text(Wording.READ_MORE, null, "readMore");
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
    }

    static void endMark(RenderContext ctx, BlockWriter writer) {
        writer.paragraph(StyleIds.END_MARK).text(ctx.meta().endMark(), null, "endMark");
    }
}

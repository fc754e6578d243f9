package org.briefkit.docx.internal.layout;

import org.briefkit.compose.Wording;
import org.briefkit.docx.internal.RenderContext;
import org.briefkit.docx.internal.blocks.BlockWriter;
import org.briefkit.docx.internal.blocks.Pictures;
import org.briefkit.docx.internal.inlines.InlineWriter;
import org.briefkit.docx.internal.styles.StyleIds;
import org.briefkit.model.Author;
import org.briefkit.model.Metadata;
import org.briefkit.model.Organization;

/**
 * A brief's or report's cover (or, without one, the title block atop page 1), its copyright
 * lines, and its back cover.
 */
final class Covers {
    /** The cover logo's box, in twips: 2.5 in wide, 1 in high. */
    private static final int LOGO_WIDTH = 3600;
    private static final int LOGO_HEIGHT = 1440;

    private Covers() {
    }

    /** Program label (over the accent band), title, subtitle, authors, date, organization. */
    static void cover(RenderContext ctx, BlockWriter writer) {
        Metadata meta = ctx.meta();
        Organization org = meta.organization().orElse(null);
        if (org != null && org.logo().isPresent()) {
            InlineWriter logo = writer.paragraph(StyleIds.COVER_LOGO);
            Pictures.fitted(ctx, ctx.doc(), logo.runs().run(), org.logo().get(), LOGO_WIDTH, LOGO_HEIGHT,
                    org.name() + " logo");
        }
        writer.paragraph(StyleIds.COVER_PROGRAM).text(meta.programLabel(), null, "programLabel");
        writer.paragraph(StyleIds.TITLE).text(meta.title(), null, "title");
        if (!meta.subtitle().isEmpty()) {
            writer.paragraph(StyleIds.SUBTITLE).text(meta.subtitle(), null, "subtitle");
        }
        if (!meta.authors().isEmpty()) {
            InlineWriter authors = writer.paragraph(StyleIds.COVER_AUTHORS);
            for (int i = 0; i < meta.authors().size(); i++) {
                Author a = meta.authors().get(i);
                authors.text((i > 0 ? "\n" : "") + (a.role().isEmpty() ? a.name() : a.name() + ", " + a.role()), null,
                        "author");
            }
        }
        meta.date().ifPresent(d -> writer.paragraph(StyleIds.COVER_DATE).text(Wording.date(d), null, "date"));
        if (org != null) {
            writer.paragraph(StyleIds.COVER_ORGANIZATION).text(org.name(), null, "organization.name");
        }
    }

    static void copyright(RenderContext ctx, BlockWriter writer) {
        Metadata meta = ctx.meta();
        if (!meta.copyright().isEmpty()) {
            writer.paragraph(StyleIds.COPYRIGHT).text(meta.copyright(), null, "copyright");
        }
        if (!meta.license().isEmpty()) {
            writer.paragraph(StyleIds.COPYRIGHT).text(meta.license(), null, "license");
        }
    }

    /** The organization's name, boilerplate, address and website, then the media contacts. */
    static void backCover(RenderContext ctx, BlockWriter writer) {
        Organization org = ctx.meta().organization().orElseThrow();
        writer.paragraph(StyleIds.BACK_COVER_TITLE).text(org.name(), null, "organization.name");
        if (!org.about().isEmpty()) {
            writer.paragraph(StyleIds.BACK_COVER).text(org.about(), null, "organization.about");
        }
        if (!org.address().isEmpty()) {
            writer.paragraph(StyleIds.BACK_COVER).text(org.address(), null, "organization.address");
        }
        if (!org.website().isEmpty()) {
            writer.paragraph(StyleIds.BACK_COVER).link(org.website(), org.website(), "organization.website");
        }
        Contacts.write(writer, ctx.meta().contacts());
    }
}

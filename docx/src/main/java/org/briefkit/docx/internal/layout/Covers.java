package org.briefkit.docx.internal.layout;

import java.util.List;
import org.briefkit.compose.Wording;
import org.briefkit.docx.internal.RenderContext;
import org.briefkit.docx.internal.blocks.BlockWriter;
import org.briefkit.docx.internal.blocks.Pictures;
import org.briefkit.docx.internal.inlines.InlineWriter;
import org.briefkit.docx.internal.styles.StyleIds;
import org.briefkit.docx.internal.tables.TableWriter;
import org.briefkit.model.Author;
import org.briefkit.model.Contact;
import org.briefkit.model.Metadata;
import org.briefkit.model.Organization;
import org.briefkit.theme.Units;

/**
 * The cover of a brief or report and what goes with it: a report's cover page (or, without a
 * cover, the title block atop page 1), a brief's cover band atop page 1, the copyright lines,
 * a report's back cover page and a brief's closing panel. The words and their order are the
 * PDF's; the styles take the sizes of the document's kind ({@code StyleValues}).
 */
final class Covers {
    /** The cover logo's box, in twips: 2.5 in wide, 1 in high. */
    private static final int LOGO_WIDTH = 3600;
    private static final int LOGO_HEIGHT = 1440;
    /** The cover band's logo box, in twips: 2 in wide, 1/2 in high, as in the PDF. */
    private static final int BAND_LOGO_WIDTH = 2880;
    private static final int BAND_LOGO_HEIGHT = 720;

    private Covers() {
    }

    /** A report's cover page, or the title block: program label (under the accent band), title, subtitle, authors, date, organization. */
    static void cover(RenderContext ctx, BlockWriter writer) {
        Metadata meta = ctx.meta();
        Organization org = meta.organization().orElse(null);
        logo(ctx, writer, LOGO_WIDTH, LOGO_HEIGHT);
        titles(writer, meta);
        if (!meta.authors().isEmpty()) {
            authors(writer.paragraph(StyleIds.COVER_AUTHORS), meta.authors());
        }
        meta.date().ifPresent(d -> writer.paragraph(StyleIds.COVER_DATE).text(Wording.date(d), null, "date"));
        if (org != null) {
            writer.paragraph(StyleIds.COVER_ORGANIZATION).text(org.name(), null, "organization.name");
        }
    }

    /**
     * A brief's cover band atop page 1: the program label under the accent band, the title and
     * subtitle, then a borderless row over a hairline: the authors at the left, the date and the
     * organization flush right in a column beside them (28% of the measure).
     */
    static void band(RenderContext ctx, BlockWriter writer) {
        Metadata meta = ctx.meta();
        Organization org = meta.organization().orElse(null);
        logo(ctx, writer, BAND_LOGO_WIDTH, BAND_LOGO_HEIGHT);
        titles(writer, meta);
        if (meta.authors().isEmpty() && meta.date().isEmpty() && org == null) {
            return;
        }
        int measure = writer.scope().width();
        int side = measure * 28 / 100;
        List<BlockWriter> cols = TableWriter.columns(ctx, writer.flow(), StyleIds.COVER_BAND_TABLE,
                new int[] {measure - side, side}, 0, true, writer.scope());
        if (!meta.authors().isEmpty()) {
            authors(cols.get(0).paragraph(StyleIds.COVER_AUTHORS), meta.authors());
        }
        meta.date().ifPresent(d -> cols.get(1).paragraph(StyleIds.COVER_DATE).text(Wording.date(d), null, "date"));
        if (org != null) {
            cols.get(1).paragraph(StyleIds.COVER_ORGANIZATION).text(org.name(), null, "organization.name");
        }
        cols.get(0).flow().endWithParagraph(StyleIds.COVER_AUTHORS);
        cols.get(1).flow().endWithParagraph(StyleIds.COVER_DATE);
    }

    private static void logo(RenderContext ctx, BlockWriter writer, int width, int height) {
        Organization org = ctx.meta().organization().orElse(null);
        if (org != null && org.logo().isPresent()) {
            InlineWriter logo = writer.paragraph(StyleIds.COVER_LOGO);
            Pictures.fitted(ctx, writer.flow().part(), logo.runs().run(), org.logo().get(), width, height,
                    org.name() + " logo");
        }
    }

    /** The program label (its paragraph carries the accent band, so it is there even when empty), title, subtitle. */
    private static void titles(BlockWriter writer, Metadata meta) {
        writer.paragraph(StyleIds.COVER_PROGRAM).text(meta.programLabel(), null, "programLabel");
        writer.paragraph(StyleIds.TITLE).text(meta.title(), null, "title");
        if (!meta.subtitle().isEmpty()) {
            writer.paragraph(StyleIds.SUBTITLE).text(meta.subtitle(), null, "subtitle");
        }
    }

    /** One line per author: the name in Author Name's look, then ", role" in the paragraph's. */
    private static void authors(InlineWriter w, List<Author> authors) {
        for (int i = 0; i < authors.size(); i++) {
            Author a = authors.get(i);
            if (i > 0) {
                w.text("\n", null, "author");
            }
            w.text(a.name(), StyleIds.AUTHOR_NAME_CHAR, "author.name");
            if (!a.role().isEmpty()) {
                w.text(", " + a.role(), null, "author.role");
            }
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

    /** A report's back cover: the accent band, the organization's name, boilerplate, address and website, then the media contacts. */
    static void backCover(RenderContext ctx, BlockWriter writer) {
        Organization org = ctx.meta().organization().orElseThrow();
        writer.paragraph(StyleIds.BACK_COVER_BAND);
        organization(writer, org);
        Contacts.write(writer, ctx.meta().contacts());
    }

    /**
     * A brief's closing panel at the end of its last page: the accent band, then a row kept on one
     * page: the organization's name, boilerplate, address and website, and beside them (in a
     * column of 28% of the measure, at most 18 caption ems, two body ems away) the media contacts.
     */
    static void panel(RenderContext ctx, BlockWriter writer) {
        Organization org = ctx.meta().organization().orElseThrow();
        List<Contact> contacts = ctx.meta().contacts();
        writer.paragraph(StyleIds.BACK_COVER_BAND);
        int measure = writer.scope().width();
        if (contacts.isEmpty()) {
            List<BlockWriter> one = TableWriter.columns(ctx, writer.flow(), StyleIds.COLUMNS_TABLE,
                    new int[] {measure}, 0, true, writer.scope());
            organization(one.get(0), org);
            one.get(0).flow().endWithParagraph(StyleIds.BACK_COVER);
            return;
        }
        int gutter = Units.twips(ctx.theme().type().body() * 2);
        int side = Math.min(measure * 28 / 100, Units.twips(ctx.theme().type().caption() * 18));
        List<BlockWriter> cols = TableWriter.columns(ctx, writer.flow(), StyleIds.COLUMNS_TABLE,
                new int[] {measure - side - gutter, side + gutter}, gutter, true, writer.scope());
        organization(cols.get(0), org);
        Contacts.write(cols.get(1), contacts);
        cols.get(0).flow().endWithParagraph(StyleIds.BACK_COVER);
        cols.get(1).flow().endWithParagraph(StyleIds.CONTACT);
    }

    private static void organization(BlockWriter writer, Organization org) {
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
    }
}

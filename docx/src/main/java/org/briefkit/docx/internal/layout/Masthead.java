package org.briefkit.docx.internal.layout;

import java.util.List;
import org.briefkit.compose.Wording;
import org.briefkit.docx.internal.RenderContext;
import org.briefkit.docx.internal.blocks.BlockWriter;
import org.briefkit.docx.internal.blocks.Pictures;
import org.briefkit.docx.internal.inlines.InlineWriter;
import org.briefkit.docx.internal.styles.StyleIds;
import org.briefkit.docx.internal.tables.TableWriter;
import org.briefkit.model.Metadata;
import org.briefkit.model.Organization;
import org.briefkit.theme.Theme;
import org.briefkit.theme.Units;

/**
 * The top of a press release, as the PDF sets it: the letterhead (in page 1's header, its top
 * margin, when page 1 carries no running heads, as printed letterhead does), the release line
 * with the media contacts beside it (a borderless two-column table, so the headline and lead
 * start high on the page), the headline and subhead.
 */
final class Masthead {
    /** The letterhead logo's box, in twips: 2 in wide, 1/3 in high, as in the PDF. */
    private static final int LOGO_WIDTH = 2880;
    private static final int LOGO_HEIGHT = 480;
    /** Between the organization's name and the program label. */
    private static final String SEPARATOR = "\u2002|\u2002";
    /** The least top margin that holds a letterhead: half an inch from the edge, and its line. */
    private static final double LETTERHEAD_MARGIN = 36;

    private Masthead() {
    }

    /**
     * @return whether the letterhead goes in page 1's header: when page 1 has no running heads and
     *         its top margin has room, as the PDF sets it in the top margin
     */
    static boolean inHeader(Theme theme) {
        return !theme.runningHeadsOnFirstPage() && theme.margins().top() > LETTERHEAD_MARGIN;
    }

    /** Logo, the organization's name and the program label, in the Letterhead style (a rule beneath). */
    static void letterhead(RenderContext ctx, BlockWriter writer) {
        Metadata meta = ctx.meta();
        InlineWriter w = writer.paragraph(StyleIds.LETTERHEAD);
        Organization org = meta.organization().orElse(null);
        if (org != null && org.logo().isPresent()) {
            Pictures.fitted(ctx, writer.flow().part(), w.runs().run(), org.logo().get(), LOGO_WIDTH, LOGO_HEIGHT,
                    org.name() + " logo");
            w.text("\u2003", null, "letterhead");
        }
        if (org != null) {
            w.text(org.name(), null, "organization.name");
        }
        if (!meta.programLabel().isEmpty()) {
            if (org != null) {
                w.text(SEPARATOR, null, "letterhead");
            }
            w.text(meta.programLabel(), StyleIds.PROGRAM_LABEL, "programLabel");
        }
    }

    /**
     * The release line; with contacts, a borderless table: the release line at the left, the
     * contacts in a column at the right (at most 45% of the measure, or 24 caption ems), two body
     * ems between them.
     */
    static void releaseLine(RenderContext ctx, BlockWriter writer, boolean withContacts) {
        String line = ctx.meta().release().map(Wording::releaseLine).orElse("");
        if (!withContacts || ctx.meta().contacts().isEmpty()) {
            writer.paragraph(StyleIds.RELEASE_LINE).text(line, null, "release");
            return;
        }
        int measure = writer.scope().width();
        int gutter = Units.twips(ctx.theme().type().body() * 2);
        int contacts = Math.min(measure * 45 / 100, Units.twips(24 * ctx.theme().type().caption()));
        List<BlockWriter> cols = TableWriter.columns(ctx, writer.flow(), StyleIds.COLUMNS_TABLE,
                new int[] {measure - contacts - gutter, contacts + gutter}, gutter, true, writer.scope());
        cols.get(0).paragraph(StyleIds.RELEASE_LINE).text(line, null, "release");
        Contacts.write(cols.get(1), ctx.meta().contacts());
        cols.get(0).flow().endWithParagraph(StyleIds.RELEASE_LINE);
        cols.get(1).flow().endWithParagraph(StyleIds.CONTACT);
    }

    static void headline(RenderContext ctx, BlockWriter writer) {
        writer.paragraph(StyleIds.TITLE).text(ctx.meta().title(), null, "title");
        if (!ctx.meta().subtitle().isEmpty()) {
            writer.paragraph(StyleIds.SUBTITLE).text(ctx.meta().subtitle(), null, "subtitle");
        }
    }
}

package org.briefkit.docx.internal.layout;

import org.briefkit.compose.Wording;
import org.briefkit.docx.internal.RenderContext;
import org.briefkit.docx.internal.blocks.BlockWriter;
import org.briefkit.docx.internal.blocks.Pictures;
import org.briefkit.docx.internal.inlines.InlineWriter;
import org.briefkit.docx.internal.styles.StyleIds;
import org.briefkit.model.Metadata;
import org.briefkit.model.Organization;

/**
 * The top of a press release: letterhead, release line, media contacts, headline and subhead.
 */
final class Masthead {
    /** The letterhead logo's box, in twips: 2 in wide, 0.5 in high. */
    private static final int LOGO_WIDTH = 2880;
    private static final int LOGO_HEIGHT = 720;
    /** Between the organization's name and the program label. */
    private static final String SEPARATOR = "\u2002|\u2002";

    private Masthead() {
    }

    static void letterhead(RenderContext ctx, BlockWriter writer) {
        Metadata meta = ctx.meta();
        InlineWriter w = writer.paragraph(StyleIds.LETTERHEAD);
        Organization org = meta.organization().orElse(null);
        if (org != null && org.logo().isPresent()) {
            Pictures.fitted(ctx, ctx.doc(), w.runs().run(), org.logo().get(), LOGO_WIDTH, LOGO_HEIGHT,
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

    static void releaseLine(RenderContext ctx, BlockWriter writer) {
        ctx.meta().release().ifPresent(release ->
                writer.paragraph(StyleIds.RELEASE_LINE).text(Wording.releaseLine(release), null, "release"));
    }

    static void headline(RenderContext ctx, BlockWriter writer) {
        writer.paragraph(StyleIds.TITLE).text(ctx.meta().title(), null, "title");
        if (!ctx.meta().subtitle().isEmpty()) {
            writer.paragraph(StyleIds.SUBTITLE).text(ctx.meta().subtitle(), null, "subtitle");
        }
    }
}

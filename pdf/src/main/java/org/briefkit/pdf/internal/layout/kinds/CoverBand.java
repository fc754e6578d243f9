package org.briefkit.pdf.internal.layout.kinds;

import java.util.List;
import org.briefkit.compose.Wording;
import org.briefkit.model.Image;
import org.briefkit.model.Metadata;
import org.briefkit.model.Organization;
import org.briefkit.pdf.internal.layout.FlowWriter;
import org.briefkit.pdf.internal.layout.Styles.ParagraphStyle;
import org.briefkit.pdf.internal.layout.TextRun;
import org.briefkit.pdf.internal.text.LineSetter.Align;

/**
 * A brief's cover: not a page of its own but a masthead across the top of page 1, as policy
 * briefs of a few pages set it, so the summary starts on page 1: a band in the accent colour,
 * the program label, the title, the subtitle, the authors with the date and the organization
 * flush right beside them, and a rule. The facts and their order are the
 * cover's (docs/LAYOUTS.md).
 */
final class CoverBand {
    private static final float LOGO_WIDTH = 144;
    private static final float LOGO_HEIGHT = 36;

    private CoverBand() {
    }

    static void write(FlowWriter w, Metadata meta, PartStyles ps) {
        Organization org = meta.organization().orElse(null);
        Image logo = org == null ? null : org.logo().orElse(null);
        if (logo != null) {
            float[] size = Pictures.fit(logo, LOGO_WIDTH, LOGO_HEIGHT);
            w.pictureLine(logo, org.name() + " logo", size[0], size[1], 0, List.of(), ps.coverProgram());
            w.space(ps.body() * 0.6f);
        }
        w.rule(6, ps.palette().accent(), 6);
        w.space(ps.body() * 0.9f);
        if (!meta.programLabel().isEmpty()) {
            w.keepWithPrevious();
            w.paragraph(List.of(Texts.caps(meta.programLabel())), ps.coverProgram());
            w.space(ps.body() * 1.1f);
        }
        w.keepWithPrevious();
        w.display(Texts.plain(meta.title()), ps.bandTitle());
        if (!meta.subtitle().isEmpty()) {
            w.keepWithPrevious();
            w.display(Texts.plain(meta.subtitle()), ps.subtitle());
        }
        String date = meta.date().map(Wording::date).orElse("");
        if (!meta.authors().isEmpty() || !date.isEmpty() || org != null) {
            float side = w.measure() * 0.28f;
            w.space(ps.body() * 0.5f);
            w.columns(w.measure() - side, 0, left -> {
                if (!meta.authors().isEmpty()) {
                    left.runs(CoverPage.authors(meta.authors(), ps), ps.coverAuthors());
                }
            }, right -> {
                ParagraphStyle rightAligned = ps.coverDate().withAlign(Align.RIGHT);
                if (!date.isEmpty()) {
                    right.paragraph(Texts.plain(date), rightAligned);
                }
                if (org != null) {
                    right.runs(List.of(new TextRun(Texts.plain(org.name()),
                            ps.coverOrganization().text().withSize(ps.body()))), rightAligned);
                }
            });
        }
        w.space(ps.gap() * 0.6f);
        w.rule(0.5f, ps.palette().rule(), ps.gap());
        w.space(ps.gap() * 2);
    }
}

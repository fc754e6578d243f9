package org.briefkit.pdf.internal.layout.kinds;

import java.util.List;
import org.briefkit.compose.Wording;
import org.briefkit.model.Metadata;
import org.briefkit.pdf.internal.layout.FlowWriter;

/**
 * The cover's facts atop page 1 when the theme has no cover: a band in the accent colour, the
 * program label, title, subtitle, authors, date and organization, then a rule.
 */
final class TitleBlock {
    private TitleBlock() {
    }

    static void write(FlowWriter w, Metadata meta, PartStyles ps) {
        w.rule(4, ps.palette().accent(), 4);
        w.space(ps.body() * 0.9f);
        if (!meta.programLabel().isEmpty()) {
            w.paragraph(List.of(Texts.caps(meta.programLabel())), ps.coverProgram());
            w.keepWithPrevious();
            w.space(ps.body() * 1.2f);
        }
        w.display(Texts.plain(meta.title()), ps.title());
        if (!meta.subtitle().isEmpty()) {
            w.keepWithPrevious();
            w.display(Texts.plain(meta.subtitle()), ps.subtitle());
        }
        if (!meta.authors().isEmpty()) {
            w.space(ps.body() * 0.6f);
            w.runs(CoverPage.authors(meta.authors(), ps), ps.coverAuthors());
        }
        meta.date().ifPresent(d -> w.paragraph(Texts.plain(Wording.date(d)), ps.coverDate()));
        meta.organization().ifPresent(o -> w.paragraph(Texts.plain(o.name()), ps.coverDate()));
        w.space(ps.gap());
        w.rule(0.5f, ps.palette().rule(), ps.gap());
        w.space(ps.gap() * 2.5f);
    }
}

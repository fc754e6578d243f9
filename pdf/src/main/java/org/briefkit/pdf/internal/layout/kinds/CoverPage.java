package org.briefkit.pdf.internal.layout.kinds;

import java.util.ArrayList;
import java.util.List;
import org.briefkit.compose.Wording;
import org.briefkit.model.Author;
import org.briefkit.model.Image;
import org.briefkit.model.Inline;
import org.briefkit.model.LineBreak;
import org.briefkit.model.Metadata;
import org.briefkit.model.Organization;
import org.briefkit.model.Text;
import org.briefkit.pdf.internal.layout.PageCanvas;
import org.briefkit.pdf.internal.layout.Rect;
import org.briefkit.pdf.internal.layout.TextRun;

/**
 * The cover of a brief or report, inside the text block (no bleed is needed, so any printer can
 * print it): the logo at the top; about a third of the way down, a band in the accent colour
 * with the program label under it, then the title, the subtitle, the authors (name in bold, then
 * the role) and the date; the organization's name at the foot, under a hairline. A long title
 * moves the block up rather than into the foot.
 */
final class CoverPage {
    /** The logo's largest box: 2.5 in by 1 in, as in the DOCX. */
    private static final float LOGO_WIDTH = 180;
    private static final float LOGO_HEIGHT = 72;
    private static final float BAND = 6;

    private CoverPage() {
    }

    static void paint(PageCanvas canvas, Metadata meta, PartStyles ps) {
        Rect f = canvas.frame();
        Organization org = meta.organization().orElse(null);
        float top = f.y();
        if (org != null && org.logo().isPresent()) {
            Image logo = org.logo().get();
            float[] size = Pictures.fit(logo, LOGO_WIDTH, LOGO_HEIGHT);
            canvas.image(logo, org.name() + " logo", f.x(), f.y(), size[0], size[1]);
            top += size[1] + ps.body() * 2;
        }

        CanvasStack foot = new CanvasStack();
        if (org != null) {
            foot.band(0.5f, ps.palette().rule()).space(ps.gap() * 1.4f)
                    .paragraph(Texts.plain(org.name()), ps.coverOrganization());
        }
        float footTop = f.bottom() - foot.height(canvas, f.width());
        CanvasStack main = main(meta, ps);
        float height = main.height(canvas, f.width());
        float y = f.y() + f.height() * 0.3f;
        y = Math.min(y, footTop - ps.body() * 3 - height);
        y = Math.max(y, top);
        main.draw(canvas, f.x(), y, f.width());
        foot.draw(canvas, f.x(), footTop, f.width());
    }

    /** The band, program label, title, subtitle, authors and date. */
    private static CanvasStack main(Metadata meta, PartStyles ps) {
        CanvasStack main = new CanvasStack().band(BAND, ps.palette().accent()).space(ps.body() * 1.1f);
        if (!meta.programLabel().isEmpty()) {
            main.paragraph(List.of(Texts.caps(meta.programLabel())), ps.coverProgram());
        }
        main.space(ps.body() * 2.2f);
        main.paragraph(Texts.plain(meta.title()), ps.coverTitle());
        if (!meta.subtitle().isEmpty()) {
            main.paragraph(Texts.plain(meta.subtitle()), ps.subtitle());
        }
        if (!meta.authors().isEmpty()) {
            main.space(ps.body() * 2.2f).runs(authors(meta.authors(), ps), ps.coverAuthors());
        }
        meta.date().ifPresent(d -> main.space(ps.body()).paragraph(Texts.plain(Wording.date(d)), ps.coverDate()));
        return main;
    }

    /** One line per author: the name in bold, then ", role" in the muted colour. */
    static List<TextRun> authors(List<Author> authors, PartStyles ps) {
        List<TextRun> out = new ArrayList<>();
        for (Author a : authors) {
            List<Inline> name = new ArrayList<>();
            if (!out.isEmpty()) {
                name.add(new LineBreak());
            }
            name.add(new Text(a.name()));
            out.add(new TextRun(name, ps.coverAuthor()));
            if (!a.role().isEmpty()) {
                out.add(new TextRun(Texts.plain(", " + a.role()), ps.coverRole()));
            }
        }
        return out;
    }
}

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
import org.briefkit.pdf.internal.layout.FlowWriter;
import org.briefkit.pdf.internal.layout.PageCanvas;
import org.briefkit.pdf.internal.layout.Rect;
import org.briefkit.pdf.internal.layout.Styles.ParagraphStyle;
import org.briefkit.pdf.internal.layout.TextRun;

/**
 * The cover of a brief or report, inside the text block (no bleed is needed, so any printer can
 * print it): the logo at the top; about a third of the way down, a band in the accent colour
 * with the program label under it, then the title, the subtitle, the authors (name in bold, then
 * the role) and the date; the organization's name at the foot, under a hairline. A long title
 * moves the block up rather than into the foot; one too long for that is set smaller, down to the
 * body size, and what still does not fit continues on the pages after the cover.
 */
final class CoverPage {
    /** The logo's largest box: 2.5 in by 1 in, as in the DOCX. */
    private static final float LOGO_WIDTH = 180;
    private static final float LOGO_HEIGHT = 72;
    private static final float BAND = 6;

    private CoverPage() {
    }

    /**
     * The part of a title too long for the cover even at the body size, for the pages that follow
     * the cover: a title is never cut. One per render.
     */
    static final class Overflow {
        private String rest = "";

        /** Sets what is left of the title, if anything, at the top of the flow that follows the cover. */
        void write(FlowWriter w, PartStyles ps) {
            if (!rest.isEmpty()) {
                w.paragraph(Texts.plain(rest), ps.coverTitle().scaled(ps.body()));
            }
        }
    }

    static void paint(PageCanvas canvas, Metadata meta, PartStyles ps, Overflow overflow) {
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
        float room = footTop - ps.body() * 3 - top;
        CanvasStack main = fitted(canvas, meta, ps, room, overflow);
        float height = main.height(canvas, f.width());
        float y = f.y() + f.height() * 0.3f;
        y = Math.min(y, footTop - ps.body() * 3 - height);
        y = Math.max(y, top);
        main.draw(canvas, f.x(), y, f.width());
        foot.draw(canvas, f.x(), footTop, f.width());
    }

    /**
     * The cover's main block, its title made to fit {@code room}: set smaller, step by step down
     * to the body size, and when even that is too tall, as many of its words as fit, the rest
     * left in {@code overflow} for the pages that follow.
     */
    private static CanvasStack fitted(PageCanvas canvas, Metadata meta, PartStyles ps, float room, Overflow overflow) {
        float width = canvas.frame().width();
        ParagraphStyle style = ps.coverTitle();
        CanvasStack main = main(meta, ps, meta.title(), style);
        float size = style.text().size();
        while (main.height(canvas, width) > room && size > ps.body()) {
            size = Math.max(ps.body(), size * 0.9f);
            main = main(meta, ps, meta.title(), style.scaled(size));
        }
        if (main.height(canvas, width) <= room) {
            return main;
        }
        // the words that fit at the body size: the most whose block still fits
        ParagraphStyle small = style.scaled(ps.body());
        String title = meta.title();
        List<Integer> ends = wordEnds(title);
        int lo = 0;
        int hi = ends.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) / 2;
            if (main(meta, ps, title.substring(0, ends.get(mid)), small).height(canvas, width) <= room) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        int cut = lo == 0 ? 0 : ends.get(lo);
        overflow.rest = title.substring(cut).strip();
        return main(meta, ps, title.substring(0, cut), small);
    }

    /** @return where each word of the text ends, after a leading 0 (no words) */
    private static List<Integer> wordEnds(String text) {
        List<Integer> ends = new ArrayList<>();
        ends.add(0);
        for (int i = 1; i <= text.length(); i++) {
            if ((i == text.length() || Character.isWhitespace(text.charAt(i))) && !Character.isWhitespace(
                    text.charAt(i - 1))) {
                ends.add(i);
            }
        }
        return ends;
    }

    /** The band, program label, title, subtitle, authors and date. */
    private static CanvasStack main(Metadata meta, PartStyles ps, String title, ParagraphStyle titleStyle) {
        CanvasStack main = new CanvasStack().band(BAND, ps.palette().accent()).space(ps.body() * 1.1f);
        if (!meta.programLabel().isEmpty()) {
            main.paragraph(List.of(Texts.caps(meta.programLabel())), ps.coverProgram());
        }
        main.space(ps.body() * 2.2f);
        if (!title.isEmpty()) {
            main.paragraph(Texts.plain(title), titleStyle);
        }
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

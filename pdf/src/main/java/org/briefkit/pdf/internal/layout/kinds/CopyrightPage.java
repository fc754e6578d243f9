package org.briefkit.pdf.internal.layout.kinds;

import org.briefkit.model.Metadata;
import org.briefkit.pdf.internal.layout.FlowWriter;
import org.briefkit.pdf.internal.layout.PageCanvas;
import org.briefkit.pdf.internal.layout.Rect;

/**
 * The copyright and license lines: on a page of their own at its foot, the inside of the cover
 * (as printed reports set them); or, without a cover, in small type under the title block.
 */
final class CopyrightPage {
    private CopyrightPage() {
    }

    /** The inside of the cover: the lines at the foot of the page. */
    static void paint(PageCanvas canvas, Metadata meta, PartStyles ps) {
        Rect f = canvas.frame();
        CanvasStack stack = lines(meta, ps);
        float width = Math.min(f.width(), ps.body() * 36);
        stack.draw(canvas, f.x(), f.bottom() - stack.height(canvas, width), width);
    }

    /** After a title block: the lines in the flow. */
    static void write(FlowWriter w, Metadata meta, PartStyles ps) {
        if (!meta.copyright().isEmpty()) {
            w.paragraph(Texts.plain(meta.copyright()), ps.copyright());
        }
        if (!meta.license().isEmpty()) {
            w.paragraph(Texts.plain(meta.license()), ps.copyright());
        }
        w.space(ps.gap() * 2);
    }

    private static CanvasStack lines(Metadata meta, PartStyles ps) {
        CanvasStack stack = new CanvasStack();
        if (!meta.copyright().isEmpty()) {
            stack.paragraph(Texts.plain(meta.copyright()), ps.copyright());
        }
        if (!meta.license().isEmpty()) {
            stack.paragraph(Texts.plain(meta.license()), ps.copyright());
        }
        return stack;
    }
}

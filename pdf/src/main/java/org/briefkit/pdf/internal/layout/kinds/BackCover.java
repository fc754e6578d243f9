package org.briefkit.pdf.internal.layout.kinds;

import java.util.List;
import org.briefkit.model.Contact;
import org.briefkit.model.Image;
import org.briefkit.model.Metadata;
import org.briefkit.model.Organization;
import org.briefkit.pdf.internal.layout.PageCanvas;
import org.briefkit.pdf.internal.layout.Rect;

/**
 * The back cover of a brief or report: at the foot of the page, under a band in the accent
 * colour, the organization's name, its boilerplate, its address and website, and the media
 * contacts; the logo, if any, at the top, as on the cover.
 */
final class BackCover {
    private static final float LOGO_WIDTH = 180;
    private static final float LOGO_HEIGHT = 72;

    private BackCover() {
    }

    static void paint(PageCanvas canvas, Metadata meta, PartStyles ps) {
        Rect f = canvas.frame();
        Organization org = meta.organization().orElseThrow();
        if (org.logo().isPresent()) {
            Image logo = org.logo().get();
            float[] size = Pictures.fit(logo, LOGO_WIDTH, LOGO_HEIGHT);
            canvas.image(logo, org.name() + " logo", f.x(), f.y(), size[0], size[1]);
        }
        float width = Math.min(f.width(), ps.body() * 36);
        CanvasStack stack = new CanvasStack().band(6, ps.palette().accent()).space(ps.body() * 1.2f)
                .paragraph(Texts.plain(org.name()), ps.backCoverTitle());
        if (!org.about().isEmpty()) {
            stack.paragraph(Texts.plain(org.about()), ps.backCover());
        }
        if (!org.address().isEmpty()) {
            stack.paragraph(Texts.plain(org.address()), ps.backCover());
        }
        if (!org.website().isEmpty()) {
            stack.paragraph(List.of(Texts.link(org.website(), org.website())), ps.backCover());
        }
        List<Contact> contacts = meta.contacts();
        if (!contacts.isEmpty()) {
            stack.space(ps.gap()).paragraph(Texts.plain(Texts.contactsLabel(contacts)), ps.contactLabel());
            for (Contact c : contacts) {
                stack.paragraph(Texts.contact(c), ps.contact());
            }
        }
        float height = stack.height(canvas, width);
        stack.draw(canvas, f.x(), Math.max(f.y(), f.bottom() - height), width);
    }
}

package org.briefkit.pdf.internal.layout.kinds;

import java.util.List;
import org.briefkit.model.Contact;
import org.briefkit.model.Metadata;
import org.briefkit.model.Organization;
import org.briefkit.pdf.internal.layout.FlowWriter;

/**
 * A brief's back cover: not a page of its own but a panel that closes the last page, kept
 * together: a band in the accent colour, then the organization's name, boilerplate, address and
 * website in a wide column, and the media contacts beside them. The facts and their order are the
 * back cover's (docs/LAYOUTS.md).
 */
final class ClosingPanel {
    private ClosingPanel() {
    }

    static void write(FlowWriter w, Metadata meta, PartStyles ps) {
        Organization org = meta.organization().orElseThrow();
        List<Contact> contacts = meta.contacts();
        w.space(ps.gap() * 2.5f);
        w.together(t -> {
            t.rule(4, ps.palette().accent(), 4);
            t.space(ps.body() * 0.8f);
            if (contacts.isEmpty()) {
                organization(t, org, ps);
                return;
            }
            float gap = ps.body() * 2;
            float side = Math.min(t.measure() * 0.28f, ps.caption() * 18);
            t.columns(t.measure() - side - gap, gap, left -> organization(left, org, ps),
                    right -> Masthead.contacts(right, contacts, ps));
        });
    }

    private static void organization(FlowWriter w, Organization org, PartStyles ps) {
        w.paragraph(Texts.plain(org.name()), ps.panelTitle());
        if (!org.about().isEmpty()) {
            w.paragraph(Texts.plain(org.about()), ps.panel());
        }
        if (!org.address().isEmpty()) {
            w.paragraph(Texts.plain(org.address()), ps.panel());
        }
        if (!org.website().isEmpty()) {
            w.paragraph(List.of(Texts.link(org.website(), org.website())), ps.panel());
        }
    }
}

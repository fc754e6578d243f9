package org.briefkit.pdf.internal.layout.kinds;

import java.util.ArrayList;
import java.util.List;
import org.briefkit.compose.Wording;
import org.briefkit.model.Contact;
import org.briefkit.model.Image;
import org.briefkit.model.Inline;
import org.briefkit.model.Metadata;
import org.briefkit.model.Organization;
import org.briefkit.model.Text;
import org.briefkit.pdf.internal.layout.FlowWriter;
import org.briefkit.pdf.internal.layout.TextRun;
import org.briefkit.theme.Theme;

/**
 * The top of a press release: the letterhead (logo, the organization's name in capitals and the
 * program label, a rule beneath), the release line with the media contacts beside it, and the
 * headline with its subhead. The release line and the contacts share a row, as press releases
 * set them, so the headline and lead start high on the page; they are still read in the order
 * core gives the parts (release line, then contacts).
 */
final class Masthead {
    /** The letterhead logo's largest box: 2 in by 1/3 in (the DOCX allows 1/2 in; page 1 is tight). */
    private static final float LOGO_WIDTH = 144;
    private static final float LOGO_HEIGHT = 24;

    private Masthead() {
    }

    /** How far below the page's top edge a letterhead or a brief's cover band may start: half an inch. */
    private static final double TOP = 36;

    /**
     * @return how far into page 1's top margin a letterhead or cover band may rise: to half an
     *         inch from the top edge, as on printed letterhead, when page 1 has no running header
     */
    static float headroom(Theme theme) {
        if (theme.runningHeadsOnFirstPage() && !theme.header().isEmpty()) {
            return 0;
        }
        double top = theme.margins().top();
        return (float) Math.max(0, top - Math.max(TOP, top * 0.5));
    }

    static void letterhead(FlowWriter w, Metadata meta, PartStyles ps) {
        Organization org = meta.organization().orElse(null);
        List<TextRun> runs = new ArrayList<>();
        if (org != null) {
            runs.add(new TextRun(List.of(Texts.caps(org.name())), ps.letterhead().text()));
        }
        if (!meta.programLabel().isEmpty()) {
            List<Inline> label = new ArrayList<>();
            if (org != null) {
                label.add(new Text(Texts.SEPARATOR));
            }
            label.add(Texts.caps(meta.programLabel()));
            runs.add(new TextRun(label, ps.programLabel()));
        }
        Image logo = org == null ? null : org.logo().orElse(null);
        if (logo != null) {
            float[] size = Pictures.fit(logo, LOGO_WIDTH, LOGO_HEIGHT);
            w.pictureLine(logo, org.name() + " logo", size[0], size[1], ps.body(), runs, ps.letterhead());
        } else {
            w.runs(runs, ps.letterhead());
        }
        w.keepWithPrevious();
        w.rule(0.75f, ps.palette().accent(), ps.gap() * 0.8f);
        w.space(ps.gap() * 1.4f);
    }

    /** The release line, with the contacts in a column beside it when there are any. */
    static void releaseLine(FlowWriter w, Metadata meta, PartStyles ps, boolean withContacts) {
        String line = meta.release().map(Wording::releaseLine).orElse("");
        if (!withContacts || meta.contacts().isEmpty()) {
            w.paragraph(Texts.plain(line), ps.releaseLine());
            w.space(ps.gap() * 1.5f);
            return;
        }
        float contacts = Math.min(w.measure() * 0.45f, 24 * ps.caption());
        float gap = ps.body() * 2;
        w.columns(w.measure() - contacts - gap, gap, left -> left.paragraph(Texts.plain(line), ps.releaseLine()),
                right -> contacts(right, meta.contacts(), ps));
        w.space(ps.gap() * 1.5f);
    }

    /** "Media contact(s)", then each contact's lines. */
    static void contacts(FlowWriter w, List<Contact> contacts, PartStyles ps) {
        if (contacts.isEmpty()) {
            return;
        }
        w.paragraph(Texts.plain(Texts.contactsLabel(contacts)), ps.contactLabel());
        for (Contact c : contacts) {
            w.paragraph(Texts.contact(c), ps.contact());
        }
    }

    static void headline(FlowWriter w, Metadata meta, PartStyles ps) {
        w.display(Texts.plain(meta.title()), ps.headline());
        if (!meta.subtitle().isEmpty()) {
            w.keepWithPrevious();
            w.display(Texts.plain(meta.subtitle()), ps.subhead());
        }
        w.space(ps.gap() * 1.2f);
    }
}

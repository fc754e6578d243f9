package org.briefkit.pdf.internal.layout.kinds;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import org.briefkit.compose.Wording;
import org.briefkit.model.Attr;
import org.briefkit.model.Author;
import org.briefkit.model.Contact;
import org.briefkit.model.Inline;
import org.briefkit.model.LineBreak;
import org.briefkit.model.Link;
import org.briefkit.model.Organization;
import org.briefkit.model.Span;
import org.briefkit.model.Text;
import org.briefkit.pdf.internal.text.InlineCollector;

/**
 * The words of the parts a layout adds, as the model's inlines, so they are set by the same
 * line breaker as the text: contacts, an organization's address and website, authors. The
 * words are the DOCX's (same order, same separators); links are live.
 */
final class Texts {
    /** Between the organization's name and the program label in a letterhead (as in the DOCX). */
    static final String SEPARATOR = "\u2002|\u2002";

    private Texts() {
    }

    /** @return plain text */
    static List<Inline> plain(String text) {
        return List.of(new Text(text));
    }

    /** @return text drawn in capitals that extracts as written */
    static Inline caps(String text) {
        return new Span(Attr.classes(InlineCollector.CAPS), List.of(new Text(text)));
    }

    /** @return a link, or the plain text when the target is not a usable URI */
    static Inline link(String target, String text) {
        try {
            return Link.to(target, text);
        } catch (RuntimeException e) {
            return new Text(text);
        }
    }

    /** @return the "Media contact(s)" label for these contacts */
    static String contactsLabel(List<Contact> contacts) {
        return contacts.size() == 1 ? Wording.CONTACT : Wording.CONTACTS;
    }

    /** @return one contact as the DOCX writes it: "Name, Role", the phone, the email (a mailto: link), a line each */
    static List<Inline> contact(Contact c) {
        List<Inline> out = new ArrayList<>();
        out.add(new Text(c.role().isEmpty() ? c.name() : c.name() + ", " + c.role()));
        if (!c.phone().isEmpty()) {
            out.add(new LineBreak());
            out.add(new Text(c.phone()));
        }
        if (!c.email().isEmpty()) {
            out.add(new LineBreak());
            String mailto = mailto(c.email());
            out.add(mailto == null ? new Text(c.email()) : link(mailto, c.email()));
        }
        return out;
    }

    /**
     * @param oneLine whether the website follows the address on the same line (after a wide
     *                space) rather than on the next
     * @return the address, then the website (linked); empty when there is neither
     */
    static List<Inline> addressAndWebsite(Organization org, boolean oneLine) {
        List<Inline> out = new ArrayList<>();
        if (!org.address().isEmpty()) {
            out.add(new Text(org.address()));
        }
        if (!org.website().isEmpty()) {
            if (!out.isEmpty()) {
                out.add(oneLine ? new Text("\u00A0\u00A0 ") : new LineBreak());
            }
            out.add(link(org.website(), org.website()));
        }
        return out;
    }

    /** @return an author as a cover lists them: "Name, Role" */
    static String author(Author a) {
        return a.role().isEmpty() ? a.name() : a.name() + ", " + a.role();
    }

    /** @return a mailto: URI for the address, or null when none can be made */
    static String mailto(String email) {
        try {
            return new URI("mailto", email, null).toASCIIString();
        } catch (URISyntaxException e) {
            return null;
        }
    }
}

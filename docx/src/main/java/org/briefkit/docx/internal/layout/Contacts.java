package org.briefkit.docx.internal.layout;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import org.briefkit.compose.Wording;
import org.briefkit.docx.internal.blocks.BlockWriter;
import org.briefkit.docx.internal.inlines.InlineWriter;
import org.briefkit.docx.internal.styles.StyleIds;
import org.briefkit.model.Contact;

/**
 * Media contacts, on a press release and on a back cover: "Media contact(s)" in Contact Label,
 * then one Contact paragraph per person (name and role, phone, email as a {@code mailto:} link),
 * each fact on its own line.
 */
final class Contacts {
    private Contacts() {
    }

    static void write(BlockWriter writer, List<Contact> contacts) {
        if (contacts.isEmpty()) {
            return;
        }
        writer.paragraph(StyleIds.CONTACT_LABEL)
                .text(contacts.size() == 1 ? Wording.CONTACT : Wording.CONTACTS, null, "contacts");
        for (Contact c : contacts) {
            InlineWriter w = writer.paragraph(StyleIds.CONTACT);
            w.text(c.role().isEmpty() ? c.name() : c.name() + ", " + c.role(), null, "contact");
            if (!c.phone().isEmpty()) {
                w.text("\n" + c.phone(), null, "contact.phone");
            }
            if (!c.email().isEmpty()) {
                w.text("\n", null, "contact");
                String uri = mailto(c.email());
                if (uri == null) {
                    w.text(c.email(), null, "contact.email");
                } else {
                    w.link(uri, c.email(), "contact.email");
                }
            }
        }
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

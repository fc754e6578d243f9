package org.briefkit.model;

import org.briefkit.InvalidDocumentException;

/**
 * A media contact on a press release.
 *
 * @param name  the person or desk; required
 * @param role  title ("Communications Director"); "" for none
 * @param email an email address; "" for none
 * @param phone a phone number as it should be printed; "" for none
 */
public record Contact(String name, String role, String email, String phone) {
    /** Checks the name and the email's form. */
    public Contact {
        name = Checks.required("contact.name", name);
        role = Checks.text("contact.role", role);
        email = Checks.text("contact.email", email).strip();
        phone = Checks.text("contact.phone", phone).strip();
        if (!email.isEmpty() && !email.matches("[^@\\s]+@[^@\\s]+")) {
            throw new InvalidDocumentException("contact.email", "'" + email + "' is not an email address");
        }
    }
}

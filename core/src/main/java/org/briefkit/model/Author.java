package org.briefkit.model;

/**
 * An author, as the cover and "About the authors" show them.
 *
 * @param name the author's name; required
 * @param role title or affiliation ("Senior Fellow, Energy Program"); "" for none
 * @param bio  a short biography; "" for none
 */
public record Author(String name, String role, String bio) {
    /** Checks the name. */
    public Author {
        name = Checks.required("author.name", name);
        role = Checks.text("author.role", role);
        bio = Checks.text("author.bio", bio);
    }

    /** @param name the author's name; @return an author with no role or bio */
    public static Author of(String name) {
        return new Author(name, "", "");
    }
}

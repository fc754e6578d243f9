package org.briefkit.model;

import java.util.Optional;

/**
 * The publishing organization.
 *
 * @param name    its name; required
 * @param about   the "About" boilerplate, one short paragraph; "" for none
 * @param website its website URI; "" for none
 * @param address a postal address as printed on the back cover; "" for none
 * @param logo    its logo, if any
 */
public record Organization(String name, String about, String website, String address, Optional<Image> logo) {
    /** Checks the name and the website URI. */
    public Organization {
        name = Checks.required("organization.name", name);
        about = Checks.text("organization.about", about);
        website = Checks.uri("organization.website", website);
        address = Checks.text("organization.address", address);
        logo = logo == null ? Optional.empty() : logo;
    }

    /** @param name the organization's name; @return an organization with nothing else */
    public static Organization of(String name) {
        return new Organization(name, "", "", "", Optional.empty());
    }
}

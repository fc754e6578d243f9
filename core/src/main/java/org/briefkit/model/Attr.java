package org.briefkit.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.briefkit.InvalidDocumentException;

/**
 * Attributes shared by headings, divs, spans, tables, figures, links and code, as in pandoc:
 * an identifier (a link target), classes (which renderers map to styles) and key/value pairs
 * in their given order.
 *
 * @param id         the identifier, or "" for none; letters, digits, '-', '_', ':' and '.'
 * @param classes    class names, in order
 * @param attributes key/value pairs, in insertion order
 */
public record Attr(String id, List<String> classes, Map<String, String> attributes) {
    /** No id, no classes, no attributes. */
    public static final Attr EMPTY = new Attr("", List.of(), Map.of());

    private static final Pattern ID = Pattern.compile("[\\p{L}\\p{N}_][\\p{L}\\p{N}_:.\\-]*");

    /** Checks the id's form and copies the collections, keeping the attributes' order. */
    public Attr {
        id = Checks.text("attr.id", id);
        if (!id.isEmpty() && !ID.matcher(id).matches()) {
            throw new InvalidDocumentException("attr.id", "'" + id
                    + "' is not a valid identifier (letters, digits, '-', '_', ':', '.'; not starting with punctuation)");
        }
        classes = Checks.strings("attr.classes", classes);
        for (String c : classes) {
            if (c.isBlank() || c.chars().anyMatch(Character::isWhitespace)) {
                throw new InvalidDocumentException("attr.classes", "'" + c + "' is not a class name");
            }
        }
        Checks.present("attr.attributes", attributes);
        Map<String, String> ordered = new LinkedHashMap<>();
        attributes.forEach((k, v) -> ordered.put(Checks.required("attr.attributes key", k),
                Checks.text("attr.attributes[" + k + "]", v)));
        attributes = Collections.unmodifiableMap(ordered);
    }

    /** @param id an identifier; @return attributes with only that id */
    public static Attr id(String id) {
        return new Attr(id, List.of(), Map.of());
    }

    /** @param classes class names; @return attributes with only those classes */
    public static Attr classes(String... classes) {
        return new Attr("", List.of(classes), Map.of());
    }

    /** @param name a class name; @return whether these attributes carry it */
    public boolean hasClass(String name) {
        return classes.contains(name);
    }

    /** @return whether there is an id */
    public boolean hasId() {
        return !id.isEmpty();
    }

    /**
     * @param key an attribute name
     * @return its value, or "" when absent
     */
    public String get(String key) {
        return attributes.getOrDefault(key, "");
    }
}

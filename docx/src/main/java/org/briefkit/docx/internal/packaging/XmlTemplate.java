package org.briefkit.docx.internal.packaging;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One of Word's skeleton parts kept as an XML resource (as pandoc keeps {@code data/docx}), with
 * {@code ${key}} placeholders that a render fills with the theme's values. Loaded once and
 * immutable, so every render and every thread shares it.
 */
public final class XmlTemplate {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z][A-Za-z0-9.]*)}");

    private final String name;
    private final String text;

    private XmlTemplate(String name, String text) {
        this.name = name;
        this.text = text;
    }

    /**
     * @param resource a resource beside the skeleton package, such as {@code styles.xml}
     * @return the template
     * @throws IllegalStateException when the resource is missing from the jar
     */
    public static XmlTemplate load(String resource) {
        String path = "/org/briefkit/docx/internal/skeleton/" + resource;
        try (InputStream in = XmlTemplate.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Briefkit's DOCX skeleton part " + path + " is missing from the jar");
            }
            return new XmlTemplate(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    /**
     * Fills every placeholder. Values are escaped for XML attributes, so a font named
     * {@code "A & B"} is safe.
     *
     * @param values a value for every placeholder the template holds
     * @return the XML text
     * @throws IllegalStateException when a placeholder has no value (a bug, not bad input)
     */
    public String fill(Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + 1024);
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new IllegalStateException(name + ": no value for ${" + m.group(1) + "}");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(escape(value)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** @return the template as written, for parts without placeholders */
    public String text() {
        return text;
    }

    static String escape(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}

package org.briefkit.theme;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * A font as a pair, as print and Word need it: the name a Word document uses, and the files a PDF
 * embeds. With the open fonts the library ships, the name is the Word font with the same metrics
 * (Liberation Serif's files under the name "Times New Roman"), so line breaks agree between the
 * PDF and the DOCX. A family with no files is looked up by name among the fonts installed on the
 * machine.
 *
 * @param name  the family name Word documents use
 * @param files the file of each face; a missing face falls back to the nearest one
 */
public record FontFamily(String name, Map<FontStyle, FontFile> files) {
    /** Checks the name and copies the files. */
    public FontFamily {
        if (name == null || name.isBlank()) {
            throw new ThemeException("font", "a family name is missing");
        }
        EnumMap<FontStyle, FontFile> copy = new EnumMap<>(FontStyle.class);
        if (files != null) {
            copy.putAll(files);
        }
        files = Collections.unmodifiableMap(copy);
    }

    /**
     * @param name       the Word name
     * @param regular    the regular face
     * @param bold       the bold face
     * @param italic     the italic face
     * @param boldItalic the bold italic face
     * @return a family of four files
     */
    public static FontFamily of(String name, FontFile regular, FontFile bold, FontFile italic, FontFile boldItalic) {
        return new FontFamily(name, Map.of(FontStyle.REGULAR, regular, FontStyle.BOLD, bold, FontStyle.ITALIC,
                italic, FontStyle.BOLD_ITALIC, boldItalic));
    }

    /** @param name a family installed on the machine; @return a family found by name when rendering */
    public static FontFamily installed(String name) {
        return new FontFamily(name, Map.of());
    }

    /** @return whether this family is found among installed fonts rather than from files */
    public boolean isInstalled() {
        return files.isEmpty();
    }

    /**
     * The file for a face, or the nearest face the family has: bold italic falls back to bold,
     * then italic; bold and italic to regular; regular to whatever there is.
     *
     * @param style the face wanted
     * @return its file, or null for an installed family
     */
    public FontFile file(FontStyle style) {
        FontFile exact = files.get(style);
        if (exact != null || files.isEmpty()) {
            return exact;
        }
        FontFile near = switch (style) {
            case BOLD_ITALIC -> files.getOrDefault(FontStyle.BOLD, files.get(FontStyle.ITALIC));
            default -> null;
        };
        if (near == null) {
            near = files.get(FontStyle.REGULAR);
        }
        return near != null ? near : files.values().iterator().next();
    }

    /** @return whether the family has a real file for this face (not a fallback) */
    public boolean hasFace(FontStyle style) {
        return files.containsKey(style);
    }
}

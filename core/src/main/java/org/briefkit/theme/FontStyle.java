package org.briefkit.theme;

/** The four faces of a font family. */
public enum FontStyle {
    /** Upright, normal weight. */
    REGULAR,
    /** Upright, bold. */
    BOLD,
    /** Italic, normal weight. */
    ITALIC,
    /** Italic, bold. */
    BOLD_ITALIC;

    /** @param bold whether bold; @param italic whether italic; @return the face */
    public static FontStyle of(boolean bold, boolean italic) {
        return bold ? (italic ? BOLD_ITALIC : BOLD) : (italic ? ITALIC : REGULAR);
    }

    /** @return whether this face is bold */
    public boolean isBold() {
        return this == BOLD || this == BOLD_ITALIC;
    }

    /** @return whether this face is italic */
    public boolean isItalic() {
        return this == ITALIC || this == BOLD_ITALIC;
    }
}

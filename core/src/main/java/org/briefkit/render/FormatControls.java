package org.briefkit.render;

/**
 * The zero-width and bidirectional format controls that renderers keep out of what they draw
 * and out of document metadata: U+200B to U+200F (zero-width space, non-joiner and joiner, the
 * left-to-right and right-to-left marks), U+202A to U+202E (embeddings and overrides), U+2060 to
 * U+2069 (word joiner, invisible operators, isolates), U+FEFF (byte order mark, zero-width
 * no-break space) and U+061C (Arabic letter mark).
 *
 * <p>They have no glyph of their own, so a PDF would draw each as a box, and in a title they
 * travel into a viewer's window title or a file manager's listing, where an override (U+202E)
 * makes "report", U+202E, "fdp.exe" read as "reportexe.pdf". The soft hyphen (U+00AD) is not
 * one of them: it is a hyphenation point. Joiners are dropped too, until the PDF has a shaping
 * engine that would use them.
 */
public final class FormatControls {
    /** The zero-width space: dropped from what is drawn, but still a place where a line may break. */
    public static final char ZERO_WIDTH_SPACE = '\u200B';

    private FormatControls() {
    }

    /**
     * @param c a code point
     * @return whether it is one of the controls this class names
     */
    public static boolean isFormatControl(int c) {
        return c >= 0x200B && c <= 0x200F
                || c >= 0x202A && c <= 0x202E
                || c >= 0x2060 && c <= 0x2069
                || c == 0xFEFF
                || c == 0x061C;
    }

    /**
     * Text fit for metadata (a PDF's Info and XMP, a DOCX's core properties, PDF bookmarks): the
     * controls left out, a zero-width space included.
     *
     * @param text any text
     * @return the text without them; the same string when it has none
     */
    public static String strip(String text) {
        int first = firstControl(text);
        if (first < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        out.append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isFormatControl(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static int firstControl(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isFormatControl(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}

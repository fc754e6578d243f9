package org.briefkit.pdf.internal.text;

import org.briefkit.theme.FontFamily;
import org.briefkit.theme.FontStyle;
import org.briefkit.theme.Rgb;

/**
 * How a run of characters looks: family and face, size, colour, baseline shift and decorations.
 * Immutable; the {@code with} methods return changed copies.
 *
 * @param family    the theme family
 * @param face      bold and/or italic
 * @param size      the font size in points
 * @param colour    the fill colour
 * @param rise      how far the baseline is raised, in points (negative lowers it)
 * @param strike    whether a line is struck through
 * @param underline whether a line is drawn under
 * @param hyphenate whether words in this style may be hyphenated (not code, not URLs)
 */
public record TextStyle(FontFamily family, FontStyle face, float size, Rgb colour, float rise, boolean strike,
        boolean underline, boolean hyphenate) {

    /** @return this style in another family */
    public TextStyle withFamily(FontFamily value) {
        return new TextStyle(value, face, size, colour, rise, strike, underline, hyphenate);
    }

    /** @return this style in another face */
    public TextStyle withFace(FontStyle value) {
        return new TextStyle(family, value, size, colour, rise, strike, underline, hyphenate);
    }

    /** @return this style bold */
    public TextStyle bold() {
        return withFace(FontStyle.of(true, face.isItalic()));
    }

    /** @return this style with italic switched (emphasis inside italics is upright) */
    public TextStyle toggleItalic() {
        return withFace(FontStyle.of(face.isBold(), !face.isItalic()));
    }

    /** @return this style at another size */
    public TextStyle withSize(float value) {
        return new TextStyle(family, face, value, colour, rise, strike, underline, hyphenate);
    }

    /** @return this style in another colour */
    public TextStyle withColour(Rgb value) {
        return new TextStyle(family, face, size, value, rise, strike, underline, hyphenate);
    }

    /** @return this style with the baseline shifted by {@code delta} points */
    public TextStyle raised(float delta) {
        return new TextStyle(family, face, size, colour, rise + delta, strike, underline, hyphenate);
    }

    /** @return this style struck through */
    public TextStyle struck() {
        return new TextStyle(family, face, size, colour, rise, true, underline, hyphenate);
    }

    /** @return this style underlined */
    public TextStyle underlined() {
        return new TextStyle(family, face, size, colour, rise, strike, true, hyphenate);
    }

    /** @return this style with hyphenation allowed or not */
    public TextStyle withHyphenation(boolean value) {
        return new TextStyle(family, face, size, colour, rise, strike, underline, value);
    }
}

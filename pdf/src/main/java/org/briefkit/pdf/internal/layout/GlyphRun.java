package org.briefkit.pdf.internal.layout;

import org.briefkit.model.Block;
import org.briefkit.pdf.internal.font.FontFace;
import org.briefkit.theme.Rgb;

/**
 * Characters of one face, size and colour on one baseline.
 *
 * @param face        the face
 * @param size        the size in points
 * @param colour      the fill colour
 * @param x           the left of the first glyph
 * @param y           the baseline
 * @param text        the characters, as drawn (kerning and ligatures come from the face)
 * @param wordSpacing extra width after each space, in points, from justification
 * @param width       the run's width, word spacing included
 * @param actualText  what the characters stand for when that differs (small capitals, an inserted
 *                    hyphen), or null
 * @param source      the block the run came from, or null for page furniture (running heads)
 */
public record GlyphRun(FontFace face, float size, Rgb colour, float x, float y, String text, float wordSpacing,
        float width, String actualText, Block source) implements Box {

    /** @return the top of the face's ascender */
    public float top() {
        return y - face.ascent() * size / 1000f;
    }

    /** @return the bottom of the face's descender */
    public float bottom() {
        return y + face.descent() * size / 1000f;
    }

    /** @return the right edge */
    public float right() {
        return x + width;
    }
}

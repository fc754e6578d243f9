package org.briefkit.pdf.internal.font;

/** Measures and encodes text for one face, so that both always agree. */
interface Shaper {
    /** @return the kerning between two characters, in thousandths of an em */
    float kern(int first, int second);

    /** @return the width of {@code text[from, to)} in thousandths of an em */
    float advance(CharSequence text, int from, int to);

    /** Encodes text with the same widths {@link #advance} measured, plus {@code wordSpacing} after spaces. */
    void encode(String text, float wordSpacing, GlyphSink sink);

    /** Makes the shaper of a face once the face's metrics are known. */
    interface Factory {
        Shaper create(FontFace face);
    }
}

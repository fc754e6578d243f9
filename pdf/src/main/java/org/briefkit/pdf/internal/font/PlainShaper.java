package org.briefkit.pdf.internal.font;

/**
 * Shapes text one character to one glyph, as the font's cmap maps it, with pair kerning between
 * characters of a word. Characters the face lacks are drawn as its .notdef glyph, carrying the
 * character as their actual text, so nothing disappears from the page or from extracted text.
 */
final class PlainShaper implements Shaper {
    /** Kerning pairs: a function of two characters, in thousandths of an em. */
    interface Kerning {
        float kern(int first, int second);
    }

    private final FontFace face;
    private final Kerning kerning;
    /**
     * The kerning of every pair of the first 256 characters, {@code first << 8 | second}, or null
     * when the face has no pairs: nearly every pair of Latin text is read here, without the two
     * cmap lookups and the hash probe of {@link #kerning}. 128 KB per face with kerning; empty
     * when no pair of them kerns; null when a value is not whole thousandths of an em (then
     * every pair is asked of {@link #kerning}).
     */
    private final short[] latinPairs;

    /** A shaper that asks {@code kerning} for every pair (kerning from the JDK's shaping, cached there). */
    PlainShaper(FontFace face, Kerning kerning) {
        this(face, kerning, null);
    }

    private PlainShaper(FontFace face, Kerning kerning, short[] latinPairs) {
        this.face = face;
        this.kerning = kerning;
        this.latinPairs = latinPairs;
    }

    /**
     * @param face  the face, whose cmap maps characters to glyphs
     * @param pairs the pairs of its {@code kern} table
     * @return a shaper kerning from the font's {@code kern} table, as OpenPDF's {@code getKerning}
     *         gives it, with the pairs of the first 256 characters in a table of their own
     */
    static PlainShaper of(FontFace face, KernTable pairs) {
        Kerning kerning = kernTable(face, pairs);
        return new PlainShaper(face, kerning, latinPairs(kerning));
    }

    private static short[] latinPairs(Kerning kerning) {
        short[] pairs = new short[256 * 256];
        boolean any = false;
        for (int first = 0; first < 256; first++) {
            for (int second = 0; second < 256; second++) {
                float k = kerning.kern(first, second);
                if (k != 0) {
                    if (k != (short) k) {
                        return null; // not whole thousandths: leave every pair to the table
                    }
                    pairs[first << 8 | second] = (short) k;
                    any = true;
                }
            }
        }
        return any ? pairs : new short[0];
    }

    private static Kerning kernTable(FontFace face, KernTable pairs) {
        if (pairs.isEmpty()) {
            return (first, second) -> 0;
        }
        return (first, second) -> {
            int a = face.glyph(first);
            if (a == 0) {
                return 0;
            }
            int b = face.glyph(second);
            return b == 0 ? 0 : pairs.get(a, b);
        };
    }

    @Override
    public float kern(int first, int second) {
        short[] pairs = latinPairs;
        if (pairs != null && ((first | second) & ~0xFF) == 0) {
            return pairs.length == 0 ? 0 : pairs[first << 8 | second];
        }
        return kerning.kern(first, second);
    }

    @Override
    public float advance(CharSequence text, int from, int to) {
        float total = 0;
        int previous = -1;
        for (int i = from; i < to; ) {
            int c = Character.codePointAt(text, i);
            i += Character.charCount(c);
            int w = face.widthOrMissing(c);
            boolean has = w != FontFace.MISSING;
            boolean space = FontFace.isStretchableSpace(c);
            total += has ? w : face.notdefAdvance();
            if (previous >= 0 && has && !space) {
                total += kern(previous, c);
            }
            previous = has && !space ? c : -1;
        }
        return total;
    }

    @Override
    public void encode(String text, float wordSpacing, GlyphSink sink) {
        int previous = -1;
        int[] notdef = {0};
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            boolean has = face.widthOrMissing(c) != FontFace.MISSING;
            if (previous >= 0 && has && !FontFace.isStretchableSpace(c)) {
                float k = kern(previous, c);
                if (k != 0) {
                    sink.adjust(k);
                }
            }
            if (has) {
                sink.text(c);
            } else {
                sink.glyphs(notdef, 1, new String(Character.toChars(c)));
            }
            if (FontFace.isStretchableSpace(c) && wordSpacing != 0) {
                sink.adjust(wordSpacing);
            }
            previous = has && !FontFace.isStretchableSpace(c) ? c : -1;
        }
    }
}

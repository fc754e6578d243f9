package org.briefkit.pdf.internal.font;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.font.TextAttribute;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Shapes words through the JDK's OpenType engine ({@link Font#layoutGlyphVector} with kerning
 * and standard ligatures on), for faces whose GSUB table has ligatures or whose kerning lives only
 * in GPOS. The JDK gives glyph ids and positions without touching OpenPDF's global
 * {@code LayoutProcessor}. Shaping costs several times more than adding advances, so each word is
 * shaped once and cached (per face, bounded), and only faces that need it are shaped at all.
 *
 * <p>A glyph that is not the cmap's glyph for its single character (a ligature such as "ffi", a
 * contextual alternate) is drawn by id, with the characters it stands for as its actual text.
 */
final class LigatureShaper implements Shaper {
    private static final int CACHE_LIMIT = 50_000;
    private static final FontRenderContext FRC = new FontRenderContext(null, false, true);

    private final FontFace face;
    private final Font font;
    private final boolean ligatures;
    private final PlainShaper.Kerning fallbackKerning;
    private final Map<String, Shaped> words = new ConcurrentHashMap<>();
    private final Map<Long, Float> pairs = new ConcurrentHashMap<>();

    /** A shaped word: glyphs, their pen positions (one more than glyphs) and the char index each starts at. */
    private record Shaped(int[] glyphs, float[] x, int[] clusters, boolean plain) {
    }

    /**
     * @param face      the face
     * @param awtFont   the same font file as a JDK font, any size
     * @param ligatures whether to shape whole words (the face has ligatures); otherwise only
     *                  kerning pairs come from the JDK
     */
    LigatureShaper(FontFace face, Font awtFont, boolean ligatures) {
        this.face = face;
        this.font = awtFont.deriveFont(Map.of(TextAttribute.KERNING, TextAttribute.KERNING_ON,
                TextAttribute.LIGATURES, TextAttribute.LIGATURES_ON, TextAttribute.SIZE, 1000f));
        this.ligatures = ligatures;
        this.fallbackKerning = this::pairKern;
    }

    @Override
    public float kern(int first, int second) {
        return pairKern(first, second);
    }

    private float pairKern(int first, int second) {
        if (!face.has(first) || !face.has(second)) {
            return 0;
        }
        long key = ((long) first << 32) | (second & 0xFFFFFFFFL);
        Float known = pairs.get(key);
        if (known != null) {
            return known;
        }
        String text = new String(Character.toChars(first)) + new String(Character.toChars(second));
        GlyphVector gv = layout(text);
        float k = 0;
        if (gv.getNumGlyphs() == 2) {
            k = (float) gv.getGlyphPosition(1).getX() - face.glyphAdvance(gv.getGlyphCode(0));
            k = Math.round(k * 100) / 100f;
        }
        if (pairs.size() < CACHE_LIMIT) {
            pairs.put(key, k);
        }
        return k;
    }

    private GlyphVector layout(String text) {
        char[] chars = text.toCharArray();
        return font.layoutGlyphVector(FRC, chars, 0, chars.length, Font.LAYOUT_LEFT_TO_RIGHT);
    }

    private Shaped shape(String word) {
        Shaped known = words.get(word);
        if (known != null) {
            return known;
        }
        GlyphVector gv = layout(word);
        int total = gv.getNumGlyphs();
        int n = 0;
        for (int i = 0; i < total; i++) {
            n += gv.getGlyphCode(i) >= 0xFFFE ? 0 : 1; // the JDK's placeholders for consumed glyphs
        }
        int[] glyphs = new int[n];
        float[] x = new float[n + 1];
        int[] clusters = new int[n + 1];
        boolean monotonic = true;
        boolean plain = true;
        for (int i = 0, k = 0; i < total; i++) {
            int code = gv.getGlyphCode(i);
            if (code >= 0xFFFE) {
                continue;
            }
            glyphs[k] = code;
            x[k] = (float) gv.getGlyphPosition(i).getX();
            clusters[k] = gv.getGlyphCharIndex(i);
            if (k > 0 ? clusters[k] < clusters[k - 1] : clusters[k] != 0) {
                monotonic = false;
            }
            k++;
        }
        x[n] = (float) gv.getGlyphPosition(total).getX();
        clusters[n] = word.length();
        for (int i = 0; i < n && plain; i++) {
            int start = clusters[i];
            int c = word.codePointAt(start);
            plain = clusters[i + 1] == start + Character.charCount(c) && face.has(c) && face.glyph(c) == glyphs[i];
        }
        Shaped shaped = monotonic && n > 0 ? new Shaped(glyphs, x, clusters, plain) : null;
        if (shaped != null && words.size() < CACHE_LIMIT) {
            words.put(word, shaped);
        }
        return shaped;
    }

    @Override
    public float advance(CharSequence text, int from, int to) {
        if (!ligatures) {
            return plain().advance(text, from, to);
        }
        float total = 0;
        int i = from;
        while (i < to) {
            int c = Character.codePointAt(text, i);
            if (FontFace.isStretchableSpace(c) || !face.has(c)) {
                total += face.advance(c);
                i += Character.charCount(c);
                continue;
            }
            int end = wordEnd(text, i, to);
            Shaped shaped = shape(text.subSequence(i, end).toString());
            total += shaped != null ? shaped.x[shaped.glyphs.length] : plain().advance(text, i, end);
            i = end;
        }
        return total;
    }

    @Override
    public void encode(String text, float wordSpacing, GlyphSink sink) {
        if (!ligatures) {
            plain().encode(text, wordSpacing, sink);
            return;
        }
        int i = 0;
        int[] one = new int[1];
        while (i < text.length()) {
            int c = text.codePointAt(i);
            if (FontFace.isStretchableSpace(c) || !face.has(c)) {
                if (face.has(c)) {
                    sink.text(c);
                } else {
                    sink.glyphs(one, 1, new String(Character.toChars(c)));
                }
                if (FontFace.isStretchableSpace(c) && wordSpacing != 0) {
                    sink.adjust(wordSpacing);
                }
                i += Character.charCount(c);
                continue;
            }
            int end = wordEnd(text, i, text.length());
            String word = text.substring(i, end);
            Shaped shaped = shape(word);
            if (shaped == null) {
                plain().encode(word, wordSpacing, sink);
            } else {
                encodeShaped(word, shaped, sink);
            }
            i = end;
        }
    }

    private void encodeShaped(String word, Shaped s, GlyphSink sink) {
        int n = s.glyphs.length;
        int g = 0;
        while (g < n) {
            int start = s.clusters[g];
            int last = g;
            while (last + 1 < n && s.clusters[last + 1] == start) {
                last++; // several glyphs for one character
            }
            int end = s.clusters[last + 1];
            int c = word.codePointAt(start);
            boolean plainGlyph = last == g && end == start + Character.charCount(c) && face.glyph(c) == s.glyphs[g];
            if (plainGlyph) {
                sink.text(c);
            } else {
                int[] ids = new int[last - g + 1];
                System.arraycopy(s.glyphs, g, ids, 0, ids.length);
                sink.glyphs(ids, ids.length, word.substring(start, end));
            }
            float drawn = 0;
            for (int k = g; k <= last; k++) {
                drawn += face.glyphAdvance(s.glyphs[k]);
            }
            float delta = (s.x[last + 1] - s.x[g]) - drawn;
            if (Math.abs(delta) > 0.001f) {
                sink.adjust(delta);
            }
            g = last + 1;
        }
    }

    private int wordEnd(CharSequence text, int from, int to) {
        int i = from;
        while (i < to) {
            int c = Character.codePointAt(text, i);
            if (FontFace.isStretchableSpace(c) || !face.has(c)) {
                break;
            }
            i += Character.charCount(c);
        }
        return i;
    }

    private PlainShaper plain;

    private PlainShaper plain() {
        PlainShaper p = plain;
        if (p == null) {
            p = new PlainShaper(face, fallbackKerning);
            plain = p;
        }
        return p;
    }
}

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

    /**
     * A shaped word as clusters: where each starts in the word, its glyphs, the adjustment after it
     * (kerning, in whole thousandths of an em) and whether it is a plain character, plus the whole
     * word's advance, which is exactly what drawing the clusters with their adjustments advances.
     */
    private record Shaped(int[] starts, int[][] glyphs, int[] deltas, boolean[] plain, int advance) {
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
            k = Math.round(k);
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
        Shaped shaped = monotonic && n > 0 ? clusters(word, glyphs, x, clusters) : null;
        if (shaped != null && words.size() < CACHE_LIMIT) {
            words.put(word, shaped);
        }
        return shaped;
    }

    private Shaped clusters(String word, int[] glyphs, float[] x, int[] clusters) {
        int n = glyphs.length;
        java.util.List<int[]> ids = new java.util.ArrayList<>();
        java.util.List<Integer> starts = new java.util.ArrayList<>();
        java.util.List<Integer> deltas = new java.util.ArrayList<>();
        java.util.List<Boolean> plain = new java.util.ArrayList<>();
        int advance = 0;
        int g = 0;
        while (g < n) {
            int start = clusters[g];
            int last = g;
            while (last + 1 < n && clusters[last + 1] == start) {
                last++; // several glyphs for one character
            }
            int end = clusters[last + 1];
            int c = word.codePointAt(start);
            int[] cluster = java.util.Arrays.copyOfRange(glyphs, g, last + 1);
            int drawn = 0;
            for (int id : cluster) {
                drawn += face.glyphAdvance(id);
            }
            int delta = Math.round((x[last + 1] - x[g]) - drawn);
            ids.add(cluster);
            starts.add(start);
            deltas.add(delta);
            boolean isPlain = last == g && end == start + Character.charCount(c) && face.has(c)
                    && face.glyph(c) == glyphs[g];
            plain.add(isPlain);
            if (!isPlain) {
                face.mapGlyph(cluster[0], c);
            }
            advance += drawn + delta;
            g = last + 1;
        }
        int m = ids.size();
        int[] startArray = new int[m + 1];
        int[] deltaArray = new int[m];
        boolean[] plainArray = new boolean[m];
        for (int i = 0; i < m; i++) {
            startArray[i] = starts.get(i);
            deltaArray[i] = deltas.get(i);
            plainArray[i] = plain.get(i);
        }
        startArray[m] = word.length();
        return new Shaped(startArray, ids.toArray(new int[0][]), deltaArray, plainArray, advance);
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
            total += shaped != null ? shaped.advance() : plain().advance(text, i, end);
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

    private static void encodeShaped(String word, Shaped s, GlyphSink sink) {
        for (int i = 0; i < s.glyphs().length; i++) {
            if (s.plain()[i]) {
                sink.text(word.codePointAt(s.starts()[i]));
            } else {
                sink.glyphs(s.glyphs()[i], s.glyphs()[i].length, word.substring(s.starts()[i], s.starts()[i + 1]));
            }
            if (s.deltas()[i] != 0) {
                sink.adjust(s.deltas()[i]);
            }
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

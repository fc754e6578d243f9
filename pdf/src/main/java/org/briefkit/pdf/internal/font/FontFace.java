package org.briefkit.pdf.internal.font;

import com.lowagie.text.pdf.BaseFont;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.IntUnaryOperator;

/**
 * One font file, loaded once per process and shared by every render: the OpenPDF
 * {@link BaseFont} that embeds it (Identity-H, subset), and its metrics for layout. Widths are in
 * thousandths of an em, exactly as the PDF's widths array will hold them, so a line measured
 * here is a line a viewer draws at the same width.
 *
 * <p>Text is measured and encoded by one {@link Shaper}, so measuring and drawing agree: plain
 * faces use advance widths and the font's kerning pairs; faces with ligatures are shaped word by
 * word (see {@link LigatureShaper}). Immutable after construction, except for caches whose
 * entries never change once computed; safe to share between threads.
 */
public final class FontFace {
    /** What {@link #widthOrMissing} answers for a character the face lacks. */
    static final int MISSING = Integer.MIN_VALUE;

    private final String key;
    private final String name;
    private final BaseFont baseFont;
    private final OpenTypeFile.CharMap charMap;
    private final int[] glyphAdvances;
    private final float ascent;
    private final float descent;
    private final float capHeight;
    private final Shaper shaper;
    private GlyphUnicode glyphUnicode;
    /**
     * Widths and glyphs of the first 256 characters, filled in the constructor (final, so every
     * thread sees them without a fence): nearly all characters of Latin text are looked up here.
     */
    private final int[] latinWidths = new int[256];
    private final int[] latinGlyphs = new int[256];
    /** The other pages of the BMP, 256 characters each, filled on first use. */
    private final AtomicReferenceArray<int[]> widthPages = new AtomicReferenceArray<>(256);
    private final AtomicReferenceArray<int[]> glyphPages = new AtomicReferenceArray<>(256);
    /** What fills those pages, made once rather than at every lookup. */
    private final IntUnaryOperator widthOf = this::widthOfGlyphFor;
    private final IntUnaryOperator glyphOf;

    FontFace(String key, String name, BaseFont baseFont, OpenTypeFile.CharMap charMap, int[] glyphAdvances,
            Shaper.Factory shaper) {
        this.key = key;
        this.name = name;
        this.baseFont = baseFont;
        this.charMap = charMap;
        this.glyphOf = charMap::glyph;
        this.glyphAdvances = glyphAdvances;
        this.ascent = baseFont.getFontDescriptor(BaseFont.ASCENT, 1000);
        this.descent = -baseFont.getFontDescriptor(BaseFont.DESCENT, 1000);
        float cap = baseFont.getFontDescriptor(BaseFont.CAPHEIGHT, 1000);
        this.capHeight = cap > 0 ? cap : 0.7f * ascent;
        for (int c = 0; c < 256; c++) {
            int g = charMap.glyph(c);
            latinGlyphs[c] = g;
            latinWidths[c] = widthOfGlyph(g);
        }
        this.shaper = shaper.create(this);
    }

    /** @return the cache key: the digest of the font file's bytes, and the index in a collection */
    public String key() {
        return key;
    }

    /** @return a readable name for messages, such as {@code Liberation Serif Bold} */
    public String name() {
        return name;
    }

    /** @return the OpenPDF font that embeds this face; draw only */
    public BaseFont baseFont() {
        return baseFont;
    }

    /** @return the ascender above the baseline, in thousandths of an em */
    public float ascent() {
        return ascent;
    }

    /** @return the descender below the baseline, positive, in thousandths of an em */
    public float descent() {
        return descent;
    }

    /** @return the height of capitals, in thousandths of an em */
    public float capHeight() {
        return capHeight;
    }

    /** @return whether this face has a glyph for the code point */
    public boolean has(int codePoint) {
        return width(codePoint) != MISSING;
    }

    /**
     * @param codePoint a character
     * @return its advance in thousandths of an em, or {@link #MISSING} when the face lacks it
     */
    int widthOrMissing(int codePoint) {
        return width(codePoint);
    }

    /**
     * @param codePoint a character
     * @return its advance in thousandths of an em, or the .notdef glyph's when the face lacks it
     */
    public int advance(int codePoint) {
        int w = width(codePoint);
        return w == MISSING ? notdefAdvance() : w;
    }

    /** @return the advance of the .notdef glyph, drawn for characters no font has */
    public int notdefAdvance() {
        return glyphAdvance(0);
    }

    /** @return a glyph's advance in thousandths of an em */
    public int glyphAdvance(int glyph) {
        return glyph >= 0 && glyph < glyphAdvances.length ? glyphAdvances[glyph]
                : glyphAdvances.length > 0 ? glyphAdvances[glyphAdvances.length - 1] : 0;
    }

    /** @return the glyph the cmap maps this character to, or 0 */
    public int glyph(int codePoint) {
        if (codePoint >= 0 && codePoint < 256) {
            return latinGlyphs[codePoint];
        }
        if (codePoint < 0 || codePoint > 0xFFFF) {
            return charMap.glyph(codePoint);
        }
        return paged(glyphPages, codePoint, glyphOf);
    }

    /**
     * The kerning between two characters, from the font's kern table or, when it has only a GPOS
     * kern feature, from the JDK's shaping of the pair.
     *
     * @return the adjustment in thousandths of an em (negative brings them closer)
     */
    public float kern(int first, int second) {
        return shaper.kern(first, second);
    }

    /**
     * Measures text as it will be drawn: advances, kerning within words and ligatures where the
     * face has them. Word spacing added by justification is not included.
     *
     * @return the width in thousandths of an em
     */
    public float advance(CharSequence text, int from, int to) {
        return shaper.advance(text, from, to);
    }

    /** @return {@link #advance(CharSequence, int, int)} over the whole text */
    public float advance(CharSequence text) {
        return shaper.advance(text, 0, text.length());
    }

    /**
     * Encodes text for drawing, in the same units and with the same kerning and ligatures as
     * {@link #advance(CharSequence, int, int)}.
     *
     * @param text        the characters
     * @param wordSpacing extra space after each space character, in thousandths of an em
     * @param sink        receives characters, glyph clusters and position adjustments
     */
    public void encode(String text, float wordSpacing, GlyphSink sink) {
        shaper.encode(text, wordSpacing, sink);
    }

    void glyphUnicode(GlyphUnicode hook) {
        glyphUnicode = hook;
    }

    /**
     * Notes that a glyph drawn by id stands for text beginning with {@code codePoint}, so the
     * PDF can map it to a character (see {@link GlyphUnicode}).
     */
    void mapGlyph(int glyph, int codePoint) {
        GlyphUnicode hook = glyphUnicode;
        if (hook != null) {
            hook.map(glyph, codePoint);
        }
    }

    /** @return whether the character is a space that justification may widen */
    public static boolean isStretchableSpace(int c) {
        return c == ' ' || c == '\u00A0';
    }

    private int width(int codePoint) {
        if (codePoint >= 0 && codePoint < 256) {
            return latinWidths[codePoint];
        }
        if (codePoint < 0 || codePoint > 0xFFFF) {
            return widthOfGlyphFor(codePoint);
        }
        return paged(widthPages, codePoint, widthOf);
    }

    /** @return the advance of the glyph the cmap maps the character to, or {@link #MISSING} */
    private int widthOfGlyphFor(int codePoint) {
        return widthOfGlyph(charMap.glyph(codePoint));
    }

    /** @return the glyph's advance, or {@link #MISSING} for glyph 0, which stands for none */
    private int widthOfGlyph(int glyph) {
        return glyph == 0 ? MISSING : glyphAdvance(glyph);
    }

    /**
     * A value of a BMP character from a table of pages of 256, each computed in full the first
     * time one of its characters is asked for; threads that race compute the same page and keep
     * the first.
     */
    private static int paged(AtomicReferenceArray<int[]> pages, int codePoint, IntUnaryOperator compute) {
        int pageIndex = codePoint >>> 8;
        int[] page = pages.get(pageIndex);
        if (page == null) {
            page = new int[256];
            int base = pageIndex << 8;
            for (int i = 0; i < 256; i++) {
                page[i] = compute.applyAsInt(base + i);
            }
            pages.compareAndSet(pageIndex, null, page);
            page = pages.get(pageIndex);
        }
        return page[codePoint & 0xFF];
    }

    @Override
    public String toString() {
        return name;
    }
}

package org.briefkit.pdf.internal.font;

import com.lowagie.text.pdf.BaseFont;
import java.lang.reflect.Field;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Gives glyphs that no character maps to (a ligature, the .notdef glyph) an entry in the PDF's
 * ToUnicode map. Extractors skip a glyph of a composite font that maps to nothing, even inside
 * an ActualText span (PDFBox does; the span's text then lands on the next glyph, with a gap that
 * reads as an extra space); mapped, the glyph carries the span's text cleanly, and tools that
 * ignore ActualText still read a character for it.
 *
 * <p>OpenPDF 2.0.5 builds ToUnicode from its font's inverse cmap and offers no way to extend it,
 * so this replaces that package-private map, once per loaded font, with a concurrent copy that
 * can take more entries: a ligature glyph maps to the first character it stands for ("ffi" to
 * 'f', the smallest such character if it stands for several), the .notdef glyph to U+FFFD. The
 * real text is in the ActualText span around the glyph. If the field cannot be reached, glyphs
 * stay unmapped and only the ActualText spans remain.
 */
final class GlyphUnicode {
    private static final System.Logger LOG = System.getLogger(GlyphUnicode.class.getName());
    private static volatile boolean warned;

    private final Map<Integer, Integer> inverse;
    private final Map<Integer, Integer> original;

    private GlyphUnicode(Map<Integer, Integer> inverse, Map<Integer, Integer> original) {
        this.inverse = inverse;
        this.original = original;
    }

    /** @return a hook on the font's inverse cmap, or null when OpenPDF's internals cannot be reached */
    static GlyphUnicode install(BaseFont font) {
        try {
            Field field = font.getClass().getDeclaredField("inverseCmap");
            field.setAccessible(true);
            @SuppressWarnings("unchecked")
            Map<Integer, Integer> current = (Map<Integer, Integer>) field.get(font);
            if (current == null) {
                return null;
            }
            Map<Integer, Integer> copy = new ConcurrentHashMap<>(current);
            field.set(font, copy);
            GlyphUnicode hook = new GlyphUnicode(copy, Map.copyOf(current));
            hook.map(0, 0xFFFD);
            return hook;
        } catch (ReflectiveOperationException | RuntimeException e) {
            if (!warned) {
                warned = true;
                LOG.log(System.Logger.Level.WARNING, "cannot extend OpenPDF's ToUnicode map (" + e
                        + "); ligatures and .notdef glyphs will extract through ActualText only");
            }
            return null;
        }
    }

    /** Maps a glyph no character maps to, keeping the smallest character offered: the result never depends on order. */
    void map(int glyph, int codePoint) {
        if (!original.containsKey(glyph)) {
            inverse.merge(glyph, codePoint, Math::min);
        }
    }
}

package org.briefkit.pdf.internal.draw;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ByteBuffer;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import org.briefkit.pdf.internal.font.FontFace;

/**
 * Writes TJ arrays of characters and adjustments straight into a page's content, as OpenPDF's
 * {@code showText(PdfTextArray)} would write them, byte for byte, without converting every string
 * of every line through OpenPDF's font details (a boxed cmap lookup and a hash-map update per
 * character, a fifth of a render's time).
 *
 * <p>OpenPDF still learns of every character, once per render and face: the first time one is
 * drawn it is shown on a scratch content that is thrown away, which records its glyph for the
 * subset and the ToUnicode map in the order the page shows it, exactly as before, and the bytes
 * OpenPDF wrote for it there are the glyph id used from then on. One per render; not
 * thread-safe.
 */
final class TextShower {
    private static final int SEPARATOR = '\n';

    private final PdfContentByte scratch;
    private final Map<FontFace, Glyphs> shown = new IdentityHashMap<>();
    private final ByteBuffer array = new ByteBuffer(256);
    private final ByteBuffer glyphs = new ByteBuffer(128);
    private final StringBuilder newCharacters = new StringBuilder();

    TextShower(PdfWriter writer) {
        this.scratch = new PdfContentByte(writer);
    }

    /**
     * @param face a face about to be drawn
     * @return whether its characters can be written here; otherwise use OpenPDF's own showText
     *         (a symbolic font, whose characters OpenPDF re-encodes)
     */
    static boolean handles(FontFace face) {
        BaseFont font = face.baseFont();
        return font.getFontType() == BaseFont.FONT_TYPE_TTUNI && !font.isFontSpecific();
    }

    /** One TJ array of one face, begun by {@link #begin} and ended by {@link #end}. */
    final class Array {
        private final PdfContentByte cb;
        private final FontFace face;
        private final Glyphs seen;
        private float number;
        private boolean hasNumber;
        private boolean empty = true;

        private Array(PdfContentByte cb, FontFace face) {
            this.cb = cb;
            this.face = face;
            this.seen = shown.computeIfAbsent(face, f -> new Glyphs());
        }

        /**
         * @param codePoint a character, drawn with the glyph the font's cmap gives it
         * @return -1 when it was written; otherwise the glyph to draw it with, as a cluster that
         *         carries the character as its actual text: the glyph was first shown for
         *         another character (a font may map U+FB01 and the private U+F001 to one "fi"
         *         glyph), and a glyph has one character in the ToUnicode map, the first one's
         */
        int text(int codePoint) {
            int glyph = seen.get(codePoint);
            if (glyph == Glyphs.UNKNOWN) {
                glyph = register(codePoint);
                seen.put(codePoint, glyph);
            }
            if (glyph == Glyphs.NONE) {
                return -1; // OpenPDF drops a character its cmap lacks; so does this
            }
            if ((glyph & Glyphs.SHARED) != 0) {
                return glyph & ~Glyphs.SHARED;
            }
            pushNumber();
            glyphs.append_i(glyph >> 8);
            glyphs.append_i(glyph & 0xFF);
            return -1;
        }

        /** Notes glyphs drawn by id, whose ToUnicode entry OpenPDF takes from the font's cmap. */
        void drawnById(int[] ids, int count) {
            for (int i = 0; i < count; i++) {
                seen.owners.putIfAbsent(ids[i], Glyphs.BY_ID);
            }
        }

        /** @param advance a move of the pen, as PdfTextArray takes it: summed with the one before */
        void adjust(float advance) {
            empty = false;
            if (advance == 0) {
                return; // PdfTextArray ignores a zero, and the strings around it become one
            }
            pushGlyphs();
            number = hasNumber ? number + advance : advance;
            hasNumber = true;
        }

        /** @return the glyph OpenPDF drew the character with, now noted for the subset, or NONE */
        private int register(int codePoint) {
            ByteBuffer written = scratch.getInternalBuffer();
            scratch.setFontAndSize(face.baseFont(), 1);
            written.reset();
            newCharacters.setLength(0);
            scratch.showTextBasic(newCharacters.appendCodePoint(codePoint).toString());
            byte[] shown = unescape(written.toByteArray());
            written.reset();
            if (shown.length == 0) {
                return Glyphs.NONE;
            }
            if (shown.length != 2) {
                throw new IllegalStateException("OpenPDF wrote " + shown.length + " bytes for U+"
                        + Integer.toHexString(codePoint).toUpperCase(java.util.Locale.ROOT) + " in " + face.name()
                        + "; expected one glyph id of two");
            }
            int glyph = (shown[0] & 0xFF) << 8 | (shown[1] & 0xFF);
            int owner = seen.owners.computeIfAbsent(glyph, g -> codePoint);
            return owner == codePoint ? glyph : glyph | Glyphs.SHARED;
        }

        private void pushNumber() {
            if (hasNumber) {
                hasNumber = false;
                if (number != 0) {
                    // Moves in a row are summed into one number, so a number always stands
                    // between strings (or at an end), and needs no space before it.
                    appendNumber(number, array);
                }
            }
        }

        private void pushGlyphs() {
            if (glyphs.size() == 0) {
                return;
            }
            escape(glyphs.getBuffer(), glyphs.size(), array);
            glyphs.reset();
            empty = false;
        }

        /** Writes the array, if anything was put in it, and makes this array empty again. */
        void end() {
            pushGlyphs();
            pushNumber();
            if (!empty) {
                ByteBuffer content = cb.getInternalBuffer();
                content.append_i('[');
                content.append(array.getBuffer(), 0, array.size());
                content.append("]TJ").append_i(SEPARATOR);
            }
            array.reset();
            empty = true;
        }
    }

    /** @return the names of the faces this render has shown text in, sorted, for messages */
    java.util.List<String> faceNames() {
        return shown.keySet().stream().map(FontFace::name).sorted().distinct().toList();
    }

    /** @return an empty TJ array of {@code face}, written to {@code cb} by {@link Array#end} */
    Array begin(PdfContentByte cb, FontFace face) {
        array.reset();
        glyphs.reset();
        return new Array(cb, face);
    }

    /** @return the bytes of the string in {@code (…)Tj}, as {@link #escape} wrote them */
    private static byte[] unescape(byte[] tj) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(4);
        int end = tj.length - "Tj\n".length() - 1; // the closing parenthesis
        for (int i = 1; i < end; i++) {
            byte b = tj[i];
            if (b == '\\') {
                b = tj[++i];
                b = switch (b) {
                    case 'r' -> '\r';
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    case 'b' -> '\b';
                    case 'f' -> '\f';
                    default -> b;
                };
            }
            out.write(b);
        }
        return out.toByteArray();
    }

    /** The glyph of each character drawn so far in one face: pages of 256 for the BMP, a map beyond. */
    private static final class Glyphs {
        static final int UNKNOWN = -1;
        static final int NONE = -2;
        /** Set on a glyph whose ToUnicode entry belongs to another character. */
        static final int SHARED = 1 << 30;
        /** An owner that is no character: the glyph was first drawn by id. */
        static final int BY_ID = -1;
        private final int[][] pages = new int[256][];
        private final Map<Integer, Integer> astral = new HashMap<>();
        /** The character each glyph was first shown for: the one text extraction reads for it. */
        final Map<Integer, Integer> owners = new HashMap<>();

        int get(int codePoint) {
            if (codePoint > 0xFFFF) {
                return astral.getOrDefault(codePoint, UNKNOWN);
            }
            int[] page = pages[codePoint >>> 8];
            return page == null ? UNKNOWN : page[codePoint & 0xFF];
        }

        void put(int codePoint, int glyph) {
            if (codePoint > 0xFFFF) {
                astral.put(codePoint, glyph);
                return;
            }
            int[] page = pages[codePoint >>> 8];
            if (page == null) {
                page = new int[256];
                java.util.Arrays.fill(page, UNKNOWN);
                pages[codePoint >>> 8] = page;
            }
            page[codePoint & 0xFF] = glyph;
        }
    }

    /**
     * Writes a number as {@code ByteBuffer.append(float)} does. Kerning is in whole thousandths
     * of an em, and OpenPDF writes a whole number below 32,768 as its digits: those are written
     * here without its general formatting.
     */
    private static void appendNumber(float number, ByteBuffer out) {
        int whole = (int) number;
        if (whole != number || whole > 32767 || whole < -32767) {
            out.append(number);
            return;
        }
        if (whole < 0) {
            out.append_i('-');
            whole = -whole;
        }
        int divisor = 1;
        while (divisor * 10 <= whole) {
            divisor *= 10;
        }
        for (; divisor > 0; divisor /= 10) {
            out.append_i('0' + whole / divisor % 10);
        }
    }

    /** As OpenPDF's {@code escapeAndAppendString}: a literal string with PDF's escapes. */
    private static void escape(byte[] bytes, int length, ByteBuffer out) {
        out.append_i('(');
        for (int i = 0; i < length; i++) {
            byte c = bytes[i];
            switch (c) {
                case '\r' -> out.append("\\r");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '(', ')', '\\' -> out.append_i('\\').append_i(c);
                default -> out.append_i(c);
            }
        }
        out.append(")");
    }
}

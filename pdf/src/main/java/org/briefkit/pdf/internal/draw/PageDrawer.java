package org.briefkit.pdf.internal.draw;

import com.lowagie.text.pdf.PdfAction;
import com.lowagie.text.pdf.PdfAnnotation;
import com.lowagie.text.pdf.PdfBorderArray;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDestination;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfGlyphArray;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfTextArray;
import com.lowagie.text.pdf.PdfWriter;
import java.security.MessageDigest;
import java.util.List;
import org.briefkit.pdf.internal.font.FontFace;
import org.briefkit.pdf.internal.font.GlyphSink;
import org.briefkit.pdf.internal.layout.Box;
import org.briefkit.pdf.internal.layout.Destination;
import org.briefkit.pdf.internal.layout.Fill;
import org.briefkit.pdf.internal.layout.GlyphRun;
import org.briefkit.pdf.internal.layout.ImageBox;
import org.briefkit.pdf.internal.layout.Leader;
import org.briefkit.pdf.internal.layout.LinkArea;
import org.briefkit.pdf.internal.layout.Page;
import org.briefkit.pdf.internal.layout.Rule;
import org.briefkit.theme.Rgb;

/**
 * Draws one page's boxes on OpenPDF's direct content, with the low-level operators only: glyph
 * runs as TJ arrays (kerning and justification as position adjustments, characters through the
 * font's cmap so extraction reads them back), glyph clusters that are not one character
 * (ligatures, .notdef) by glyph id inside an ActualText span, fills and rules as paths, images as
 * XObjects, links as annotations without borders, destinations by name. Text drawn one after
 * another shares one text object; colour and font are set only when they change.
 */
final class PageDrawer {
    private static final PdfName SPAN = new PdfName("Span");
    private static final PdfName FIGURE = new PdfName("Figure");
    private static final PdfName ACTUAL_TEXT = new PdfName("ActualText");
    private static final PdfName ALT = new PdfName("Alt");

    private final PdfWriter writer;
    private final PdfContentByte cb;
    private final float height;
    private final Images images;
    private final MessageDigest digest;
    private final TextShower shower;
    private boolean inText;
    private FontFace font;
    private float fontSize;
    private Rgb fill;
    private Rgb stroke;
    private float lineWidth = -1;
    private final byte[] numbers = new byte[16];

    PageDrawer(PdfWriter writer, Page page, Images images, MessageDigest digest, TextShower shower) {
        this.writer = writer;
        this.shower = shower;
        this.cb = writer.getDirectContent();
        this.height = page.height();
        this.images = images;
        this.digest = digest;
    }

    void draw(List<Box> boxes) {
        for (Box box : boxes) {
            if (box instanceof GlyphRun run) {
                text(run);
            } else {
                endText();
                if (box instanceof Fill f) {
                    fill(f);
                } else if (box instanceof Rule r) {
                    rule(r);
                } else if (box instanceof Leader l) {
                    leader(l);
                } else if (box instanceof ImageBox i) {
                    image(i);
                } else if (box instanceof LinkArea l) {
                    link(l);
                } else if (box instanceof Destination d) {
                    cb.localDestination(d.name(), new PdfDestination(PdfDestination.XYZ, d.x(), height - d.y(), 0));
                }
            }
        }
        endText();
    }

    private void endText() {
        if (inText) {
            cb.endText();
            inText = false;
            font = null;
        }
    }

    private void fillColour(Rgb c) {
        if (!c.equals(fill)) {
            cb.setRGBColorFill(c.red(), c.green(), c.blue());
            fill = c;
        }
    }

    private void fill(Fill f) {
        fillColour(f.colour());
        cb.rectangle(f.x(), height - f.y() - f.height(), f.width(), f.height());
        cb.fill();
        hash("F", f.x(), f.y(), f.width(), f.height());
    }

    private void strokeStyle(Rgb colour, float width) {
        if (!colour.equals(stroke)) {
            cb.setRGBColorStroke(colour.red(), colour.green(), colour.blue());
            stroke = colour;
        }
        if (width != lineWidth) {
            cb.setLineWidth(width);
            lineWidth = width;
        }
    }

    /**
     * Dots as one stroked path: zero-length dashes {@code pitch} apart with round caps, each
     * cap a dot of the line's width. The dash and cap are restored afterwards.
     */
    private void leader(Leader l) {
        int dots = l.dots();
        if (dots == 0) {
            return;
        }
        strokeStyle(l.colour(), l.size());
        float first = l.first();
        float last = first + (dots - 1) * l.pitch();
        cb.saveState();
        cb.setLineCap(PdfContentByte.LINE_CAP_ROUND);
        cb.setLineDash(0, l.pitch(), 0);
        cb.moveTo(first, height - l.y());
        cb.lineTo(last + l.pitch() * 0.5f, height - l.y());
        cb.stroke();
        cb.restoreState();
        hash("D", first, l.y(), last, l.pitch());
    }

    private void rule(Rule r) {
        strokeStyle(r.colour(), r.thickness());
        cb.moveTo(r.x1(), height - r.y1());
        cb.lineTo(r.x2(), height - r.y2());
        cb.stroke();
        hash("R", r.x1(), r.y1(), r.x2(), r.y2());
    }

    private void image(ImageBox box) {
        com.lowagie.text.Image image = images.get(box.image());
        PdfDictionary alt = new PdfDictionary();
        alt.put(ALT, new PdfString(box.altText(), PdfObject.TEXT_UNICODE));
        cb.beginMarkedContentSequence(FIGURE, alt, true);
        try {
            float[] m = Images.upright(box.image().orientation(), box.x(), height - box.y() - box.height(),
                    box.width(), box.height());
            cb.addImage(image, m[0], m[1], m[2], m[3], m[4], m[5]);
        } catch (com.lowagie.text.DocumentException e) {
            throw new org.briefkit.RenderException("image '" + box.image().name() + "' cannot be drawn: "
                    + e.getMessage(), e);
        }
        cb.endMarkedContentSequence();
        hash("I" + box.image().name(), box.x(), box.y(), box.width(), box.height());
    }

    private void link(LinkArea l) {
        PdfAction action = l.internal() ? PdfAction.gotoLocalPage(l.destination(), false) : new PdfAction(l.target());
        float bottom = height - l.y() - l.height();
        PdfAnnotation annotation = new PdfAnnotation(writer, l.x(), bottom, l.x() + l.width(), height - l.y(), action);
        annotation.setBorder(new PdfBorderArray(0, 0, 0));
        annotation.setFlags(PdfAnnotation.FLAGS_PRINT);
        writer.addAnnotation(annotation);
        hash("L" + l.target(), l.x(), l.y(), l.width(), l.height());
    }

    private void text(GlyphRun run) {
        if (!inText) {
            cb.beginText();
            inText = true;
            font = null;
        }
        if (run.face() != font || run.size() != fontSize) {
            cb.setFontAndSize(run.face().baseFont(), run.size());
            font = run.face();
            fontSize = run.size();
        }
        fillColour(run.colour());
        cb.setTextMatrix(run.x(), height - run.y());
        boolean wrapped = run.actualText() != null;
        if (wrapped) {
            cb.beginMarkedContentSequence(SPAN, actualText(run.actualText()), true);
        }
        TjWriter tj = new TjWriter(!wrapped, TextShower.handles(run.face()) ? shower.begin(cb, run.face()) : null);
        run.face().encode(run.text(), run.wordSpacing() * 1000f / run.size(), tj);
        tj.flush();
        if (wrapped) {
            cb.endMarkedContentSequence();
        }
        hash(run.text(), run.x(), run.y(), run.size(), run.wordSpacing());
    }

    private static PdfDictionary actualText(String text) {
        PdfDictionary d = new PdfDictionary();
        d.put(ACTUAL_TEXT, new PdfString(text, PdfObject.TEXT_UNICODE));
        return d;
    }

    /**
     * Collects a run's encoding into TJ arrays: characters and adjustments in one array; a glyph
     * cluster (a ligature, a .notdef) shown by glyph id in its own ActualText span, so extraction
     * reads the characters it stands for.
     */
    private final class TjWriter implements GlyphSink {
        private final boolean spans;
        /** Writes the arrays straight into the content; null: through OpenPDF's PdfTextArray. */
        private final TextShower.Array direct;
        private final StringBuilder chars = new StringBuilder();
        private PdfTextArray array = new PdfTextArray();
        private boolean empty = true;

        TjWriter(boolean spans, TextShower.Array direct) {
            this.spans = spans;
            this.direct = direct;
        }

        @Override
        public void text(int codePoint) {
            if (direct != null) {
                int shared = direct.text(codePoint);
                if (shared >= 0) {
                    glyphs(new int[] {shared}, 1, new String(Character.toChars(codePoint)));
                }
            } else {
                chars.appendCodePoint(codePoint);
            }
        }

        @Override
        public void adjust(float advance) {
            if (direct != null) {
                direct.adjust(-advance);
                return;
            }
            pushChars();
            array.add(-advance);
            empty = false;
        }

        @Override
        public void glyphs(int[] glyphs, int count, String actual) {
            flush();
            if (direct != null) {
                direct.drawnById(glyphs, count);
            }
            if (spans) {
                cb.beginMarkedContentSequence(SPAN, actualText(actual), true);
            }
            PdfGlyphArray g = new PdfGlyphArray();
            for (int i = 0; i < count; i++) {
                g.add(glyphs[i]);
            }
            cb.showText(g);
            if (spans) {
                cb.endMarkedContentSequence();
            }
        }

        private void pushChars() {
            if (chars.length() > 0) {
                array.add(chars.toString());
                chars.setLength(0);
                empty = false;
            }
        }

        void flush() {
            if (direct != null) {
                direct.end();
                return;
            }
            pushChars();
            if (!empty) {
                cb.showText(array);
                array = new PdfTextArray();
                empty = true;
            }
        }
    }

    private void hash(String s, float a, float b, float c, float d) {
        digest.update(s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        // The same sixteen bytes as before, in one update rather than sixteen.
        int[] v = {Float.floatToIntBits(a), Float.floatToIntBits(b), Float.floatToIntBits(c), Float.floatToIntBits(d)};
        for (int k = 0; k < 4; k++) {
            int x = v[k];
            numbers[4 * k] = (byte) (x >>> 24);
            numbers[4 * k + 1] = (byte) (x >>> 16);
            numbers[4 * k + 2] = (byte) (x >>> 8);
            numbers[4 * k + 3] = (byte) x;
        }
        digest.update(numbers);
    }
}

package org.briefkit.pdf.internal.draw;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfAction;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import java.util.stream.Collectors;
import org.briefkit.BriefkitException;
import org.briefkit.RenderException;
import org.briefkit.model.Author;
import org.briefkit.model.Metadata;
import org.briefkit.pdf.internal.font.FontLibrary;
import org.briefkit.pdf.internal.layout.HeadingRecord;
import org.briefkit.pdf.internal.layout.LaidOutDocument;
import org.briefkit.pdf.internal.layout.Page;
import org.briefkit.render.FormatControls;

/**
 * Writes laid-out pages as a PDF through OpenPDF's low-level API: one {@link PdfWriter} per
 * render; each page drawn by a {@link PageDrawer}; the outline from the headings, nested by
 * level; document information and XMP (with the language) from the metadata; the language in
 * the catalog; and,
 * so that the same input always gives the same bytes, creation and modification dates from the
 * metadata's date (or a fixed day) and a trailer ID computed from what was drawn.
 */
public final class PdfDraw {
    /** The date written when the document has none, so output never depends on the clock. */
    static final LocalDate FIXED_DATE = LocalDate.of(2026, 1, 1);
    private static final String CREATOR = "Briefkit";

    private PdfDraw() {
    }

    /**
     * @param layout   the pages
     * @param metadata the document's metadata
     * @param pdfA     whether to write PDF/A-1b
     * @param out      where the bytes go; not closed
     * @throws IOException when the stream fails
     */
    public static void write(LaidOutDocument layout, Metadata metadata, boolean pdfA, OutputStream out)
            throws IOException {
        OpenPdfSettings.ensure();
        Page first = layout.pages().get(0);
        Document document = new Document(new Rectangle(first.width(), first.height()), 0, 0, 0, 0);
        document.setGlyphSubstitutionEnabled(false);
        NonClosing target = new NonClosing(out);
        PdfWriter writer;
        try {
            writer = PdfWriter.getInstance(document, target);
        } catch (DocumentException e) {
            throw new RenderException("the PDF writer cannot start: " + e.getMessage(), e);
        }
        if (pdfA) {
            writer.setPDFXConformance(PdfWriter.PDFA1B);
        } else {
            writer.setFullCompression();
        }
        MessageDigest digest = md5();
        digest.update(metadata.toString().getBytes(StandardCharsets.UTF_8));
        document.open();
        info(writer, metadata);
        if (pdfA) {
            writer.setOutputIntents("Custom", "", "http://www.color.org", "sRGB IEC61966-2.1",
                    ICC_Profile.getInstance(ColorSpace.CS_sRGB));
        }
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(metadata.language().toLanguageTag()));
        Images images = new Images(pdfA);
        TextShower shower = new TextShower(writer);
        for (Page page : layout.pages()) {
            if (page.number() > 1) {
                document.setPageSize(new Rectangle(page.width(), page.height()));
                document.newPage();
            }
            writer.setPageEmpty(false);
            PageDrawer drawer = new PageDrawer(writer, page, images, digest, shower);
            drawer.draw(page.boxes());
            drawer.draw(page.furniture());
        }
        outline(writer, layout);
        byte[] id = digest.digest();
        writer.getInfo().put(PdfName.FILEID, PdfEncryption.createInfoId(id, id));
        writer.setXmpMetadata(Xmp.of(writer.getInfo(), metadata.language(), pdfA));
        FontLibrary.subsetsFor(java.nio.ByteBuffer.wrap(id).getLong());
        try {
            document.close();
        } catch (RuntimeException e) {
            if (target.failure != null) {
                throw target.failure;
            }
            if (e instanceof BriefkitException) {
                throw e;
            }
            // Closing writes the font subsets: a font whose outlines are damaged (a glyph pointing
            // past its table) loads and measures, and fails only here, inside OpenPDF.
            throw new RenderException("the fonts " + String.join(", ", shower.faceNames())
                    + " could not be embedded: the outlines of one of them are damaged; replace its font file", e);
        } finally {
            FontLibrary.subsetsFor(0);
        }
        if (target.failure != null) {
            throw target.failure;
        }
    }

    private static void info(PdfWriter writer, Metadata metadata) {
        var info = writer.getInfo();
        info.put(PdfName.TITLE, unicode(metadata.title()));
        String authors = metadata.authors().stream().map(Author::name).collect(Collectors.joining(", "));
        if (!authors.isEmpty()) {
            info.put(PdfName.AUTHOR, unicode(authors));
        }
        if (!metadata.subtitle().isEmpty()) {
            info.put(PdfName.SUBJECT, unicode(metadata.subtitle()));
        }
        if (!metadata.keywords().isEmpty()) {
            info.put(PdfName.KEYWORDS, unicode(String.join(", ", metadata.keywords())));
        }
        info.put(PdfName.CREATOR, new PdfString(CREATOR));
        GregorianCalendar when = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
        when.clear();
        LocalDate day = metadata.date().orElse(FIXED_DATE);
        when.set(day.getYear(), day.getMonthValue() - 1, day.getDayOfMonth(), 0, 0, 0);
        PdfDate date = new PdfDate(when);
        info.put(PdfName.CREATIONDATE, date);
        info.put(PdfName.MODDATE, date);
    }

    /** Metadata text, without bidi and zero-width controls: they would reach a viewer's title bar. */
    private static PdfString unicode(String text) {
        return new PdfString(FormatControls.strip(text), PdfObject.TEXT_UNICODE);
    }

    /** Bookmarks from the headings: each under the nearest heading of a higher level before it. */
    private static void outline(PdfWriter writer, LaidOutDocument layout) {
        if (layout.headings().isEmpty()) {
            return;
        }
        Deque<Object[]> stack = new ArrayDeque<>();
        PdfOutline root = writer.getRootOutline();
        for (HeadingRecord h : layout.headings()) {
            while (!stack.isEmpty() && (int) stack.peek()[0] >= h.level()) {
                stack.pop();
            }
            PdfOutline parent = stack.isEmpty() ? root : (PdfOutline) stack.peek()[1];
            PdfOutline entry = new PdfOutline(parent, PdfAction.gotoLocalPage(h.destination(), false),
                    FormatControls.strip(h.title()),
                    h.level() <= 1);
            stack.push(new Object[] {h.level(), entry});
        }
        writer.setViewerPreferences(PdfWriter.PageModeUseOutlines);
    }

    private static MessageDigest md5() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Keeps OpenPDF from closing the caller's stream, and remembers a write failure to rethrow as itself. */
    private static final class NonClosing extends OutputStream {
        private final OutputStream out;
        IOException failure;

        NonClosing(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException e) {
                failure = e;
                throw e;
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                failure = e;
                throw e;
            }
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}

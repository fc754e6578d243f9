package org.briefkit.pdf.internal.draw;

import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.xml.xmp.DublinCoreSchema;
import com.lowagie.text.xml.xmp.PdfA1Schema;
import com.lowagie.text.xml.xmp.PdfSchema;
import com.lowagie.text.xml.xmp.XmpArray;
import com.lowagie.text.xml.xmp.XmpBasicSchema;
import com.lowagie.text.xml.xmp.XmpWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * The document's XMP metadata: the same facts as the document information dictionary (title,
 * author, subject, keywords, creator tool, producer, dates), as PDF/A requires them to agree,
 * plus the language ({@code dc:language}), which OpenPDF's own XMP leaves out, and the PDF/A
 * identification when asked.
 */
final class Xmp {
    private Xmp() {
    }

    /**
     * @param info     the information dictionary as it will be written
     * @param language the document's language
     * @param pdfA     whether to identify the file as PDF/A-1b
     * @return the XMP packet
     */
    static byte[] of(PdfDictionary info, Locale language, boolean pdfA) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XmpWriter xmp = new XmpWriter(out)) {
            DublinCoreSchema dc = new DublinCoreSchema();
            PdfSchema pdf = new PdfSchema();
            XmpBasicSchema basic = new XmpBasicSchema();
            String title = text(info, PdfName.TITLE);
            if (title != null) {
                dc.addTitle(title);
            }
            String author = text(info, PdfName.AUTHOR);
            if (author != null) {
                dc.addAuthor(author); // one entry, equal to Author, as PDF/A-1 requires
            }
            String subject = text(info, PdfName.SUBJECT);
            if (subject != null) {
                dc.addSubject(subject);
                dc.addDescription(subject);
            }
            XmpArray languages = new XmpArray(XmpArray.UNORDERED);
            languages.add(language.toLanguageTag());
            dc.setProperty(DublinCoreSchema.LANGUAGE, languages);
            String keywords = text(info, PdfName.KEYWORDS);
            if (keywords != null) {
                pdf.addKeywords(keywords);
            }
            String producer = text(info, PdfName.PRODUCER);
            if (producer != null) {
                pdf.addProducer(producer);
            }
            String creator = text(info, PdfName.CREATOR);
            if (creator != null) {
                basic.addCreatorTool(creator);
            }
            if (info.get(PdfName.CREATIONDATE) instanceof PdfDate d) {
                basic.addCreateDate(d.getW3CDate());
            }
            if (info.get(PdfName.MODDATE) instanceof PdfDate d) {
                basic.addModDate(d.getW3CDate());
            }
            xmp.addRdfDescription(dc);
            if (pdf.size() > 0) {
                xmp.addRdfDescription(pdf);
            }
            xmp.addRdfDescription(basic);
            if (pdfA) {
                PdfA1Schema a1 = new PdfA1Schema();
                a1.addConformance("B");
                xmp.addRdfDescription(a1);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String text(PdfDictionary info, PdfName key) {
        PdfObject value = info.get(key);
        return value instanceof PdfString s ? s.toUnicodeString() : null;
    }
}

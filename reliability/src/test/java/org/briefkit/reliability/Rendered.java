package org.briefkit.reliability;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.briefkit.model.Document;
import org.briefkit.theme.Theme;

/**
 * One document rendered to both formats and read back: the bytes, the PDF's warnings and text as
 * PDFBox reads it, the DOCX's parts and text. Made by {@link #of}, which also runs the property
 * tests' checks (every file opens, holds the document's text in order, every DOCX part is
 * schema-valid), so a catalogue test only adds what is particular to its input.
 */
record Rendered(byte[] pdf, List<String> warnings, PdfCheck.Read pdfText, byte[] docx, DocxCheck.Read docxText) {

    /** @return the document rendered with the theme, after the full checks */
    static Rendered of(Document document, Theme theme) {
        List<String> warnings = Collections.synchronizedList(new ArrayList<>());
        byte[] pdf = PropertyModelTest.render("PDF", () -> Renders.pdf(document, theme, warnings));
        PdfCheck.Read pdfText = PropertyModelTest.checkPdf(document, pdf, warnings);
        byte[] docx = PropertyModelTest.render("DOCX", () -> Renders.docx(document, theme));
        DocxCheck.Read docxText = PropertyModelTest.checkDocx(document, docx, true);
        return new Rendered(pdf, List.copyOf(warnings), pdfText, docx, docxText);
    }

    /** @return the document rendered with the Letter theme, after the full checks */
    static Rendered of(Document document) {
        return of(document, Theme.letter());
    }

    /** @return every DOCX part as text, joined (relationships, document, notes, headers...) */
    String docxParts() {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, byte[]> part : docxText.parts().entrySet()) {
            if (part.getKey().endsWith(".xml") || part.getKey().endsWith(".rels")) {
                out.append(new String(part.getValue(), StandardCharsets.UTF_8)).append('\n');
            }
        }
        return out.toString();
    }

    /** @return the PDF file as ISO-8859-1 text, for looking for names in its objects */
    String pdfRaw() {
        return new String(pdf, StandardCharsets.ISO_8859_1);
    }

    /** Asserts that neither file holds the text, in its text or its parts. */
    void assertNowhere(String text) {
        assertTrue(!pdfText.text().contains(text), "the PDF's text holds '" + text + "'");
        assertTrue(!docxText.body().contains(text) && !docxText.notes().contains(text), "the DOCX's text holds '"
                + text + "'");
        assertTrue(!docxParts().contains(text), "a DOCX part holds '" + text + "'");
    }
}

package org.briefkit.reliability;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.briefkit.docx.DocxRenderer;
import org.briefkit.model.Document;
import org.briefkit.pdf.PdfOptions;
import org.briefkit.pdf.PdfRenderer;
import org.briefkit.render.Renderer;
import org.briefkit.theme.Theme;

/**
 * The renderers the tests use. The PDF renderer searches no installed fonts, so a run gives the
 * same result on a machine with a Hangul or Arabic font as on a bare CI image, and sends its
 * warnings (a character no font has) to a list instead of the log.
 */
final class Renders {
    private static final DocxRenderer DOCX = DocxRenderer.create();

    private Renders() {
    }

    /** @param warnings where warnings go; @return a PDF renderer that searches no installed fonts */
    static PdfRenderer pdf(List<String> warnings) {
        return PdfRenderer.create(PdfOptions.builder().systemFonts(false).warnings(warnings::add).build());
    }

    /** @return the DOCX renderer */
    static DocxRenderer docx() {
        return DOCX;
    }

    /** @return the bytes of a PDF render, its warnings going to {@code warnings} */
    static byte[] pdf(Document document, Theme theme, List<String> warnings) {
        return bytes(pdf(warnings), document, theme);
    }

    /** @return the bytes of a DOCX render */
    static byte[] docx(Document document, Theme theme) {
        return bytes(DOCX, document, theme);
    }

    /** @return the bytes the renderer writes */
    static byte[] bytes(Renderer renderer, Document document, Theme theme) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            renderer.render(document, theme, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}

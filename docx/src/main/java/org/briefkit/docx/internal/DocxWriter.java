package org.briefkit.docx.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.briefkit.docx.internal.layout.LayoutWriter;
import org.briefkit.docx.internal.packaging.FontTable;
import org.briefkit.docx.internal.packaging.Properties;
import org.briefkit.docx.internal.packaging.Settings;
import org.briefkit.docx.internal.packaging.ZipNormalizer;
import org.briefkit.RenderException;
import org.briefkit.model.Document;
import org.briefkit.theme.Theme;

/**
 * One render, start to finish: a new Word document, its style sheet and numbering, the layout,
 * settings and properties, then the package written by POI and rewritten for reproducible bytes.
 */
public final class DocxWriter {
    private DocxWriter() {
    }

    /**
     * @param document           what to write
     * @param theme              how it looks
     * @param updateFieldsOnOpen whether Word should update the table of contents when it opens
     * @param out                where the .docx goes; not closed
     * @throws IOException     when {@code out} fails
     * @throws RenderException when the document cannot be written, with the reason
     */
    public static void write(Document document, Theme theme, boolean updateFieldsOnOpen, OutputStream out)
            throws IOException {
        byte[] zip;
        try (XWPFDocument doc = new XWPFDocument()) {
            RenderContext ctx = new RenderContext(document, theme, doc);
            boolean toc = LayoutWriter.write(ctx);
            Settings.install(doc, new Settings.Needs(theme.hyphenate(), theme.margins().mirrored(),
                    toc && updateFieldsOnOpen, ctx.notes().any() && !ctx.notes().areEndnotes(),
                    ctx.notes().any() && ctx.notes().areEndnotes(), ctx.language().lang(),
                    ctx.language().eastAsian()));
            FontTable.install(doc, theme.fonts(), ctx.language().eastAsian());
            Properties.apply(doc, document.metadata());
            ByteArrayOutputStream buffer = new ByteArrayOutputStream(1 << 16);
            doc.write(buffer);
            zip = buffer.toByteArray();
        } catch (POIXMLException | OpenXML4JRuntimeException e) {
            throw new RenderException("docx: '" + document.metadata().title() + "' cannot be written: "
                    + e.getMessage(), e);
        }
        ZipNormalizer.normalize(zip, ZipNormalizer.entryTime(document.metadata().date().orElse(null)), out);
    }
}

package org.briefkit.pdf;

import java.io.IOException;
import java.io.OutputStream;
import org.briefkit.model.Document;
import org.briefkit.pdf.internal.PdfRender;
import org.briefkit.render.Renderer;
import org.briefkit.theme.Theme;

/**
 * Renders documents to print-ready PDF with Briefkit's own layout engine: the model and theme
 * become pages of positioned boxes (lines broken over whole paragraphs, pages broken with
 * headings kept with their text, no widows or orphans, footnotes at the foot of the page that
 * cites them, tables repeating their header, figures floating to the next page), which OpenPDF
 * then writes with embedded subset fonts, bookmarks, links and metadata. The same input gives
 * the same bytes.
 *
 * <p>Each kind of document has its layout, in the parts and order core's
 * {@link org.briefkit.compose.Composition} gives it, so its PDF and DOCX agree: a press release
 * (letterhead, release line, media contacts, headline, the dateline run into the lead, "Read
 * more", "About", the end mark; one page for a typical release); a brief (its cover a band atop
 * page 1, a closing panel with the organization's boilerplate and contacts); a report (cover
 * page, copyright page, a table of contents with the pages its headings land on, back cover).
 * Table-of-contents entries, cross-references and note markers are live links. With
 * {@link org.briefkit.theme.Theme#pdfA()} the file is PDF/A-1b.
 *
 * <p>Nothing is lost in silence: before a byte is written, the words on the laid-out pages are
 * counted against the words of the document, and a render whose layout lost one fails with a
 * {@link org.briefkit.RenderException} naming the word and its block (no file is written).
 *
 * <p>Immutable and safe to share between threads; each render has its own state.
 *
 * <pre>{@code
 * PdfRenderer.create().render(document, Theme.letter(), Path.of("brief.pdf"));
 * }</pre>
 */
public final class PdfRenderer implements Renderer {
    private final PdfOptions options;

    private PdfRenderer(PdfOptions options) {
        this.options = options;
    }

    /** @return a renderer with the default options; also what {@code Renderers.forFormat("pdf")} finds */
    public static PdfRenderer create() {
        return new PdfRenderer(PdfOptions.defaults());
    }

    /** @param options how to treat missing characters and installed fonts; @return a renderer using them */
    public static PdfRenderer create(PdfOptions options) {
        return new PdfRenderer(java.util.Objects.requireNonNull(options, "options"));
    }

    /**
     * A renderer with the default options. Public only because {@link java.util.ServiceLoader}
     * needs it on the class path ({@code Renderers.forFormat("pdf")}); call {@link #create()}.
     */
    public PdfRenderer() {
        this(PdfOptions.defaults());
    }

    /** @return this renderer's options */
    public PdfOptions options() {
        return options;
    }

    @Override
    public String format() {
        return "pdf";
    }

    @Override
    public void render(Document document, Theme theme, OutputStream out) throws IOException {
        java.util.Objects.requireNonNull(document, "document");
        java.util.Objects.requireNonNull(theme, "theme");
        java.util.Objects.requireNonNull(out, "out");
        new PdfRender(options, document, theme).write(out);
    }
}

package org.briefkit.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.briefkit.RenderException;
import org.briefkit.compose.Headings;
import org.briefkit.model.Document;
import org.briefkit.pdf.internal.draw.PdfDraw;
import org.briefkit.pdf.internal.font.FontSet;
import org.briefkit.pdf.internal.font.SystemFonts;
import org.briefkit.pdf.internal.hyphen.Hyphenator;
import org.briefkit.pdf.internal.layout.DocumentLayout;
import org.briefkit.pdf.internal.layout.LaidOutDocument;
import org.briefkit.pdf.internal.layout.LayoutEngine;
import org.briefkit.pdf.internal.layout.Section;
import org.briefkit.pdf.internal.text.Hyphenation;
import org.briefkit.render.Renderer;
import org.briefkit.theme.NotePlacement;
import org.briefkit.theme.Theme;

/**
 * Renders documents to print-ready PDF with Briefkit's own layout engine: the model and theme
 * become pages of positioned boxes (lines broken over whole paragraphs, pages broken with
 * headings kept with their text, no widows or orphans, footnotes at the foot of the page that
 * cites them, tables repeating their header), which OpenPDF then writes with embedded subset
 * fonts, bookmarks, links and metadata. The same input gives the same bytes.
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
        LaidOutDocument layout = layout(document, theme);
        PdfDraw.write(layout, document.metadata(), theme.pdfA(), out);
    }

    /**
     * Lays a document out without writing it, for tests and tools that inspect the boxes.
     *
     * @param document the document
     * @param theme    the theme
     * @return the pages of boxes, and where every heading landed
     */
    public LaidOutDocument layout(Document document, Theme theme) {
        FontSet fonts = new FontSet(theme.fonts(),
                options.systemFonts() ? SystemFonts.of(options.fontFolders()) : null, missing -> {
                    String message = "character " + missing.label() + " ('" + new String(Character.toChars(
                            missing.codePoint())) + "') in " + missing.where() + " has no glyph in any font (tried: "
                            + String.join(", ", missing.tried()) + ")";
                    if (options.missingGlyphs() == PdfOptions.MissingGlyphs.FAIL) {
                        throw new RenderException(message);
                    }
                    options.warnings().accept(message + "; drawn as the .notdef glyph");
                }, options.warnings());
        boolean endnotes = theme.notes().resolve(document.metadata().kind()) == NotePlacement.ENDNOTES;
        LayoutEngine engine = new LayoutEngine(theme, document.metadata(), fonts, hyphenation(document, theme),
                endnotes, Headings.of(document, theme));
        List<Section> sections = DocumentLayout.sections(document, theme);
        return engine.layout(sections);
    }

    /** The patterns for the document's language, when the theme hyphenates and patterns ship for it. */
    private static Hyphenation hyphenation(Document document, Theme theme) {
        if (!theme.hyphenate()) {
            return Hyphenation.NONE;
        }
        return Hyphenator.forLanguage(document.metadata().language())
                .<Hyphenation>map(h -> h::points).orElse(Hyphenation.NONE);
    }
}

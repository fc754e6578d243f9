package org.briefkit.pdf.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.function.UnaryOperator;
import org.briefkit.RenderException;
import org.briefkit.compose.Headings;
import org.briefkit.model.Document;
import org.briefkit.pdf.PdfOptions;
import org.briefkit.pdf.internal.draw.PdfDraw;
import org.briefkit.pdf.internal.font.FontSet;
import org.briefkit.pdf.internal.font.SystemFonts;
import org.briefkit.pdf.internal.hyphen.Hyphenator;
import org.briefkit.pdf.internal.layout.LaidOutDocument;
import org.briefkit.pdf.internal.layout.LayoutEngine;
import org.briefkit.pdf.internal.layout.WordCheck;
import org.briefkit.pdf.internal.layout.kinds.KindLayouts;
import org.briefkit.pdf.internal.text.Hyphenation;
import org.briefkit.theme.NotePlacement;
import org.briefkit.theme.Theme;

/**
 * One render, and all of its state: the fonts it has resolved and the characters it has
 * reported, its hyphenation, its layout and its writer. {@code PdfRenderer} makes one per call,
 * so renders share nothing but the process-wide font cache.
 */
public final class PdfRender {
    private final PdfOptions options;
    private final Document document;
    private final Theme theme;
    private final UnaryOperator<LaidOutDocument> afterLayout;

    /**
     * @param options  the renderer's options
     * @param document what to render
     * @param theme    how it looks
     */
    public PdfRender(PdfOptions options, Document document, Theme theme) {
        this(options, document, theme, UnaryOperator.identity());
    }

    /** A render whose layout passes through {@code afterLayout} before it is checked and written: for tests. */
    PdfRender(PdfOptions options, Document document, Theme theme, UnaryOperator<LaidOutDocument> afterLayout) {
        this.options = options;
        this.document = document;
        this.theme = theme;
        this.afterLayout = afterLayout;
    }

    /** @return the document laid out: pages of boxes, and where every heading landed */
    public LaidOutDocument layout() {
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
        Headings headings = Headings.of(document, theme);
        LayoutEngine engine = new LayoutEngine(theme, document.metadata(), fonts, hyphenation(), endnotes, headings);
        return engine.layout(KindLayouts.sections(document, theme, headings, engine.styles()));
    }

    /**
     * Lays the document out, checks that no word of it was lost, and writes it.
     *
     * @param out where the bytes go; not closed, and not written to when the check fails
     * @throws IOException     when the stream fails
     * @throws RenderException when the layout lost a word of the document ({@link WordCheck})
     */
    public void write(OutputStream out) throws IOException {
        LaidOutDocument laidOut = afterLayout.apply(layout());
        WordCheck.verify(document, laidOut);
        PdfDraw.write(laidOut, document.metadata(), theme.pdfA(), out);
    }

    /** The patterns for the document's language, when the theme hyphenates and patterns ship for it. */
    private Hyphenation hyphenation() {
        if (!theme.hyphenate()) {
            return Hyphenation.NONE;
        }
        return Hyphenator.forLanguage(document.metadata().language())
                .<Hyphenation>map(h -> h::points).orElse(Hyphenation.NONE);
    }
}

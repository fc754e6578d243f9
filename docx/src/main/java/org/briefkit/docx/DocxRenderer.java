package org.briefkit.docx;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;
import org.briefkit.docx.internal.DocxWriter;
import org.briefkit.model.Document;
import org.briefkit.render.Renderer;
import org.briefkit.theme.Theme;

/**
 * Writes a document as an editable Word file (.docx) laid out from the same theme as the PDF:
 * same page size and margins, same fonts (by the Word names of the metric-compatible fonts the
 * PDF embeds), same sizes, same parts in the same order.
 *
 * <p>Word-native throughout: real named styles for everything (a person changes the look by
 * editing a style), Word numbering for lists and headings, headers and footers with PAGE and
 * NUMPAGES fields, real footnotes or endnotes, a TOC field, bookmarks and hyperlinks, and core
 * properties from the metadata.
 *
 * <p>Immutable and safe to share between threads. Deterministic: the same document and theme
 * give the same bytes. The file's dates come from the metadata's date (none without one), and
 * the zip is rewritten with its entries in a fixed order and a fixed time; nothing global is
 * touched, so renders on many threads at once are independent.
 *
 * <p>Text Word's XML cannot hold is refused, never turned into "?": the model refuses control
 * characters, and the renderer checks again every string it writes (the theme's running-head
 * templates included), failing with a {@link org.briefkit.RenderException} that names the
 * character, its offset and where it came from. Tabs become Word tabs and line feeds Word line
 * breaks.
 *
 * <pre>{@code
 * DocxRenderer.create().render(document, Theme.letter(), Path.of("brief.docx"));
 * }</pre>
 */
public final class DocxRenderer implements Renderer {
    private final DocxOptions options;

    /**
     * The renderer with default options. Public for {@link java.util.ServiceLoader}; code calls
     * {@link #create()}.
     */
    public DocxRenderer() {
        this(DocxOptions.defaults());
    }

    private DocxRenderer(DocxOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /** @return a renderer with the default options */
    public static DocxRenderer create() {
        return new DocxRenderer();
    }

    /** @param options how to write; @return a renderer with those options */
    public static DocxRenderer create(DocxOptions options) {
        return new DocxRenderer(options);
    }

    /** @return the options this renderer writes with */
    public DocxOptions options() {
        return options;
    }

    /** @return {@code docx} */
    @Override
    public String format() {
        return "docx";
    }

    @Override
    public void render(Document document, Theme theme, OutputStream out) throws IOException {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(theme, "theme");
        Objects.requireNonNull(out, "out");
        DocxWriter.write(document, theme, options.updateFieldsOnOpen(), out);
    }
}

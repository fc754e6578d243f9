package org.briefkit.render;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import org.briefkit.model.Document;
import org.briefkit.theme.Theme;

/**
 * Writes a {@link Document} in one format, laid out by a {@link Theme}.
 *
 * <p>Implementations are safe to share between threads, and deterministic: the same document
 * and theme give the same bytes. They never change the document. Renderers are found by format
 * name through {@link Renderers#forFormat(String)}.
 */
public interface Renderer {
    /** @return the format's name, such as {@code pdf} or {@code docx} */
    String format();

    /** @return the file extension for this format, without a dot */
    default String extension() {
        return format();
    }

    /**
     * Renders a document to a stream. The stream is not closed.
     *
     * @param document what to write
     * @param theme    how it looks
     * @param out      where the bytes go
     * @throws IOException                       when the stream fails
     * @throws org.briefkit.BriefkitException    when the document cannot be rendered, with the reason
     */
    void render(Document document, Theme theme, OutputStream out) throws IOException;

    /**
     * Renders a document to a file, atomically: the file is either the complete new output or
     * what it was before; no temporary file is left behind.
     *
     * @param document what to write
     * @param theme    how it looks
     * @param file     the file to write or replace
     * @throws IOException when the file cannot be written
     */
    default void render(Document document, Theme theme, Path file) throws IOException {
        AtomicFiles.write(file, out -> render(document, theme, out));
    }
}

package org.briefkit.examples;

import java.io.IOException;
import java.nio.file.Path;
import org.briefkit.markdown.MarkdownReader;
import org.briefkit.model.Document;
import org.briefkit.render.Renderer;
import org.briefkit.render.Renderers;
import org.briefkit.theme.Theme;

/**
 * One Markdown file, two formats: the shortest path from a file to a PDF and a Word document.
 *
 * <p>What it shows:
 * <ul>
 * <li>{@link MarkdownReader#standard()} reads a file with YAML front matter into a document;
 *     a mistake in it throws a {@link org.briefkit.markdown.MarkdownException} whose message
 *     reads {@code file:line:column: problem};</li>
 * <li>one {@link Theme} for both formats, so the PDF and the DOCX agree on page size, fonts and
 *     colours. Here it is {@link Theme#a4()} with {@link HangulFallback}, so the brief's Korean
 *     prints on a machine with no Hangul font;</li>
 * <li>{@link Renderers#forFormat(String)} finds each renderer by name, and
 *     {@code render(document, theme, path)} writes atomically: a failed render never leaves half
 *     a file.</li>
 * </ul>
 *
 * <p>Run it with {@code java -cp examples/target/briefkit.jar org.briefkit.examples.RenderBothFormats [OUT_DIR] [FILE.md]};
 * it renders {@code examples/samples/brief.md} unless given a file.
 */
public final class RenderBothFormats {
    private RenderBothFormats() {
    }

    /**
     * @param args the output folder (default {@code examples/target/examples/both-formats}) and
     *             the Markdown file (default the sample brief)
     * @throws IOException when a file cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path out = ExampleFiles.outputFolder(args, "both-formats");
        Path input = args.length > 1 ? Path.of(args[1]) : ExampleFiles.sample("brief.md");

        Document document = MarkdownReader.standard().read(input);
        Theme theme = HangulFallback.addTo(Theme.a4());

        String name = input.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        for (String format : new String[] {"pdf", "docx"}) {
            Renderer renderer = Renderers.forFormat(format);
            Path target = out.resolve(name + "." + renderer.extension());
            renderer.render(document, theme, target);
            System.out.println("wrote " + target);
        }
    }
}

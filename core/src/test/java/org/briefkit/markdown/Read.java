package org.briefkit.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.briefkit.model.Block;
import org.briefkit.model.Document;
import org.briefkit.model.Inline;
import org.briefkit.model.Paragraph;

/** Shortcuts the Markdown tests share: read text, read a body under a fixed title, expect an error. */
final class Read {
    /** Front matter that gives the title "T" and takes three lines: bodies start on line 4. */
    static final String TITLE = "---\ntitle: T\n---\n";

    private Read() {
    }

    /** @param markdown a whole document; @return it, read with the standard reader, named test.md */
    static Document doc(String markdown) {
        return MarkdownReader.standard().read(markdown, null, "test.md");
    }

    /** @param markdown a whole document; @param folder where its images are; @return it, read */
    static Document doc(String markdown, Path folder) {
        return MarkdownReader.standard().read(markdown, folder, "test.md");
    }

    /** @param markdown the body of a document; @return its blocks, read under the title "T" */
    static List<Block> body(String markdown) {
        return doc(TITLE + markdown).body();
    }

    /** @param markdown one paragraph of Markdown; @return its inlines */
    static List<Inline> inlines(String markdown) {
        List<Block> blocks = body(markdown);
        assertEquals(1, blocks.size(), () -> "one block expected: " + blocks);
        return ((Paragraph) blocks.get(0)).content();
    }

    /** @param markdown a whole document that must fail; @return the error */
    static MarkdownException error(String markdown) {
        return assertThrows(MarkdownException.class, () -> doc(markdown));
    }

    /** @param markdown a whole document that must fail; @param folder its images; @return the error */
    static MarkdownException error(String markdown, Path folder) {
        return assertThrows(MarkdownException.class, () -> doc(markdown, folder));
    }

    /**
     * @param error    the error
     * @param line     the line it must name
     * @param column   the column it must name
     * @param fragment words its problem must contain
     */
    static void assertError(MarkdownException error, int line, int column, String fragment) {
        assertEquals("test.md", error.file(), error::getMessage);
        assertEquals(line + ":" + column, error.line() + ":" + error.column(), error::getMessage);
        assertTrue(error.problem().contains(fragment), () -> "expected '" + fragment + "' in: " + error.getMessage());
        assertTrue(error.getMessage().startsWith("test.md:" + line + ":" + column + ": "), error::getMessage);
    }
}

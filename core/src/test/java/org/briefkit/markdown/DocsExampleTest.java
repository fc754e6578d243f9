package org.briefkit.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.briefkit.model.Callout;
import org.briefkit.model.Document;
import org.briefkit.model.DocumentKind;
import org.briefkit.model.Figure;
import org.briefkit.model.Heading;
import org.briefkit.model.PullQuote;
import org.briefkit.model.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The complete example in docs/MARKDOWN.md reads, so the documentation cannot drift from the reader. */
class DocsExampleTest {
    private static final Path DOC = Path.of("../docs/MARKDOWN.md");

    @Test
    void completeExampleReadsIntoTheDocumentItDescribes(@TempDir Path folder) throws Exception {
        String page = Files.readString(DOC);
        int start = page.indexOf("````markdown\n") + "````markdown\n".length();
        String example = page.substring(start, page.indexOf("\n````", start) + 1);
        Path file = Files.writeString(folder.resolve("example.md"), example);
        Files.write(folder.resolve("logo.png"), TestImages.png(4, 2));
        Files.write(folder.resolve("map.png"), TestImages.png(8, 6));

        Document doc = MarkdownReader.standard().read(file);

        assertEquals(DocumentKind.PRESS_RELEASE, doc.metadata().kind());
        assertEquals("Rising Water, Shared Costs", doc.metadata().title());
        assertTrue(doc.metadata().release().orElseThrow().isEmbargoed());
        assertTrue(doc.metadata().organization().orElseThrow().logo().isPresent());
        assertEquals("###", doc.metadata().endMark());
        assertEquals(1, doc.summary().size());
        assertInstanceOf(Callout.class, doc.body().get(0));
        assertTrue(doc.body().stream().anyMatch(Table.class::isInstance));
        assertTrue(doc.body().stream().anyMatch(Figure.class::isInstance));
        assertTrue(doc.body().stream().anyMatch(PullQuote.class::isInstance));
        assertTrue(((Heading) doc.backMatter().get(0)).attr().hasClass("appendix"));
    }

    @Test
    void theReadmesPressReleaseReads(@TempDir Path folder) throws Exception {
        String page = Files.readString(Path.of("../README.md"));
        int start = page.indexOf("````markdown\n") + "````markdown\n".length();
        String example = page.substring(start, page.indexOf("\n````", start) + 1);
        Document doc = MarkdownReader.standard().read(Files.writeString(folder.resolve("release.md"), example));

        assertEquals(DocumentKind.PRESS_RELEASE, doc.metadata().kind());
        assertEquals("Boston", doc.metadata().dateline().orElseThrow().place());
        assertEquals("Lee Park", doc.metadata().contacts().get(0).name());
        assertEquals("###", doc.metadata().endMark());
        assertTrue(doc.body().stream().anyMatch(Callout.class::isInstance));
        assertTrue(doc.body().stream().anyMatch(org.briefkit.model.OrderedList.class::isInstance));
        assertTrue(doc.body().stream().anyMatch(org.briefkit.model.BlockQuote.class::isInstance));
    }
}

package org.briefkit.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.briefkit.model.Document;
import org.briefkit.model.ImageLimits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reader's entry points, its settings, and sharing one reader between threads. */
class MarkdownReaderTest {
    private static final Path PRESS_RELEASE = Path.of("src/test/resources/markdown/press-release/press-release.md");

    @Test
    void standardReaderHasTheDefaultsAndRefusesRemoteImages() {
        MarkdownReader reader = MarkdownReader.standard();
        assertSame(reader, MarkdownReader.standard());
        assertEquals(MarkdownLimits.DEFAULT, reader.limits());
        assertEquals(ImageLimits.DEFAULT, reader.imageLimits());
        assertFalse(reader.allowsRemoteImages());
    }

    @Test
    void builderKeepsItsSettings() {
        MarkdownLimits limits = MarkdownLimits.DEFAULT.withMaxDepth(20);
        ImageLimits images = new ImageLimits(1_000, 1_000);
        MarkdownReader reader = MarkdownReader.builder().limits(limits).imageLimits(images).allowRemoteImages(true).build();
        assertEquals(limits, reader.limits());
        assertEquals(images, reader.imageLimits());
        assertTrue(reader.allowsRemoteImages());
    }

    @Test
    void readingAFileEqualsReadingItsTextWithItsFolder() throws Exception {
        Document fromFile = MarkdownReader.standard().read(PRESS_RELEASE);
        Document fromText = MarkdownReader.standard().read(Files.readString(PRESS_RELEASE), PRESS_RELEASE.getParent(),
                "press-release.md");
        assertEquals(fromFile, fromText);
    }

    @Test
    void textWithoutANameIsCalledMarkdownInErrors() {
        MarkdownException e = assertThrows(MarkdownException.class, () -> MarkdownReader.standard().read("x", null, null));
        assertEquals("<markdown>", e.file());
    }

    @Test
    void lowerDepthLimitIsHonoured() {
        MarkdownReader shallow = MarkdownReader.builder().limits(MarkdownLimits.DEFAULT.withMaxDepth(3)).build();
        assertEquals(1, shallow.read("# T\n\n> quoted\n", null, "t.md").body().size());
        MarkdownException e = assertThrows(MarkdownException.class,
                () -> shallow.read("# T\n\n> > *deep*\n", null, "t.md"));
        assertEquals(3, e.line());
    }

    @Test
    void oneReaderUsedFromEightThreadsGivesEqualDocuments() throws Exception {
        MarkdownReader reader = MarkdownReader.standard();
        Document expected = reader.read(PRESS_RELEASE);
        String corpusLike = Files.readString(Path.of("src/test/resources/markdown/dialect-tour.md"));
        Document expectedTour = reader.read(corpusLike, null, "tour.md");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Boolean>> reads = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                boolean release = i % 2 == 0;
                reads.add(() -> release ? expected.equals(reader.read(PRESS_RELEASE))
                        : expectedTour.equals(reader.read(corpusLike, null, "tour.md")));
            }
            for (Future<Boolean> result : pool.invokeAll(reads)) {
                assertTrue(result.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}

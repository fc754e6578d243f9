package org.briefkit.markdown;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.briefkit.model.Document;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real documents no one on this project wrote: pandoc's manual and its Markdown test suite, full
 * of pandoc-only syntax. They must read without error into many blocks. The corpus lives outside
 * the repository (../shared/corpus, or the folder the system property briefkit.corpus names);
 * where it is absent, as in a user's clone, these tests are skipped.
 */
class CorpusTest {
    @TempDir
    Path folder;

    private static Path corpus() {
        String configured = System.getProperty("briefkit.corpus");
        List<Path> candidates = configured != null ? List.of(Path.of(configured))
                : List.of(Path.of("../../shared/corpus"), Path.of("../../../shared/corpus"), Path.of("../shared/corpus"));
        for (Path candidate : candidates) {
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        Assumptions.abort("no corpus folder (looked at " + candidates + "; set -Dbriefkit.corpus)");
        return null;
    }

    private Document read(String name) throws Exception {
        Path source = corpus().resolve(name);
        Assumptions.assumeTrue(Files.isRegularFile(source), () -> source + " is absent");
        Path copy = Files.copy(source, folder.resolve(name));
        // The test suite shows an image that sits next to it in pandoc's repository.
        Files.write(folder.resolve("lalune.jpg"), TestImages.jpeg(1, 1));
        return MarkdownReader.standard().read(copy);
    }

    @Test
    void pandocTestSuiteReadsIntoManyBlocks() throws Exception {
        Document doc = read("pandoc-testsuite.md");
        assertTrue(doc.metadata().title().equals("Pandoc Test Suite"), doc.metadata()::title);
        assertTrue(doc.body().size() > 150, () -> doc.body().size() + " blocks");
    }

    @Test
    void pandocManualReadsIntoManyBlocks() throws Exception {
        Document doc = read("pandoc-manual.md");
        assertTrue(doc.metadata().title().equals("Pandoc User's Guide"), doc.metadata()::title);
        assertTrue(doc.body().size() > 1000, () -> doc.body().size() + " blocks");
    }
}

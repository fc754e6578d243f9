package org.briefkit.pdf.internal.font;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Subset prefixes are fixed by the font and the document, whatever thread or render asks, in any order. */
class SubsetPrefixTest {

    /** What OpenPDF's BaseFont.createSubsetPrefix does with the source. */
    private static String drawPrefix(SubsetPrefix random) {
        StringBuilder s = new StringBuilder();
        for (int k = 0; k < 6; ++k) {
            s.append((char) (random.nextDouble() * 26 + 'A'));
        }
        return s.toString();
    }

    @Test
    void givesTheSamePrefixEveryTime() {
        SubsetPrefix random = new SubsetPrefix("classpath:liberation/LiberationSerif-Regular.ttf|LiberationSerif");
        String first = drawPrefix(random);
        assertTrue(first.matches("[A-Z]{6}"), first);
        assertEquals(random.prefix(), first);
        for (int i = 0; i < 10; i++) {
            assertEquals(first, drawPrefix(random));
        }
        assertNotEquals(first, drawPrefix(new SubsetPrefix("classpath:liberation/LiberationSans-Regular.ttf|LiberationSans")));
    }

    @Test
    void givesTheSamePrefixOnEveryThread() throws Exception {
        SubsetPrefix random = new SubsetPrefix("font");
        String expected = random.prefix();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                results.add(pool.submit(() -> drawPrefix(random)));
            }
            for (Future<String> f : results) {
                assertEquals(expected, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theDocumentBeingWrittenChangesThePrefixAndTheSameDocumentKeepsIt() {
        SubsetPrefix random = new SubsetPrefix("font");
        try {
            SubsetPrefix.forDocument(0x1234_5678_9ABC_DEF0L);
            String first = drawPrefix(random);
            assertEquals(first, drawPrefix(random), "the same document");
            SubsetPrefix.forDocument(0x0FED_CBA9_8765_4321L);
            String second = drawPrefix(random);
            assertNotEquals(first, second, "another document");
            SubsetPrefix.forDocument(0x1234_5678_9ABC_DEF0L);
            assertEquals(first, drawPrefix(random), "the first document again");
        } finally {
            SubsetPrefix.forDocument(0);
        }
    }
}

package org.briefkit.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.briefkit.InvalidDocumentException;
import org.briefkit.model.Document;
import org.junit.jupiter.api.Test;

/** The limits' defaults, and the values they refuse. */
class MarkdownLimitsTest {
    @Test
    void defaultsAreDocumented() {
        assertEquals(new MarkdownLimits(16L << 20, 1 << 20, Document.MAX_DEPTH, Duration.ofSeconds(10)),
                MarkdownLimits.DEFAULT);
    }

    @Test
    void withersChangeOneLimit() {
        MarkdownLimits limits = MarkdownLimits.DEFAULT.withMaxInputBytes(1).withMaxLineLength(2).withMaxDepth(3)
                .withParseTimeLimit(Duration.ofSeconds(4));
        assertEquals(new MarkdownLimits(1, 2, 3, Duration.ofSeconds(4)), limits);
    }

    @Test
    void depthBeyondTheModelsOrNonPositiveLimitsAreRefused() {
        assertThrows(InvalidDocumentException.class, () -> MarkdownLimits.DEFAULT.withMaxDepth(Document.MAX_DEPTH + 1));
        assertThrows(InvalidDocumentException.class, () -> MarkdownLimits.DEFAULT.withMaxDepth(0));
        assertThrows(InvalidDocumentException.class, () -> MarkdownLimits.DEFAULT.withMaxInputBytes(0));
        assertThrows(InvalidDocumentException.class, () -> MarkdownLimits.DEFAULT.withParseTimeLimit(Duration.ZERO));
    }
}

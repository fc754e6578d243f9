package org.briefkit.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.Optional;
import org.briefkit.InvalidDocumentException;
import org.briefkit.model.Document;
import org.junit.jupiter.api.Test;

/** The limits' defaults, and the values they refuse. */
class MarkdownLimitsTest {
    @Test
    void defaultsAreDocumentedAndHaveNoDeadline() {
        assertEquals(new MarkdownLimits(16L << 20, 1 << 20, Document.MAX_DEPTH, 50, Optional.empty()),
                MarkdownLimits.DEFAULT);
        assertEquals(Optional.empty(), MarkdownLimits.DEFAULT.deadline());
    }

    @Test
    void theWorkBudgetGrowsWithTheInput() {
        assertEquals(50L * 65_536, MarkdownLimits.DEFAULT.workBudget(0));
        assertEquals(50L * (16_777_216 + 65_536), MarkdownLimits.DEFAULT.workBudget(16 << 20));
    }

    @Test
    void withersChangeOneLimit() {
        MarkdownLimits limits = MarkdownLimits.DEFAULT.withMaxInputBytes(1).withMaxLineLength(2).withMaxDepth(3)
                .withWorkPerCharacter(4).withDeadline(Duration.ofSeconds(5));
        assertEquals(new MarkdownLimits(1, 2, 3, 4, Optional.of(Duration.ofSeconds(5))), limits);
        assertEquals(Optional.empty(), limits.withoutDeadline().deadline());
    }

    @Test
    void depthBeyondTheModelsOrNonPositiveLimitsAreRefused() {
        assertThrows(InvalidDocumentException.class, () -> MarkdownLimits.DEFAULT.withMaxDepth(Document.MAX_DEPTH + 1));
        assertThrows(InvalidDocumentException.class, () -> MarkdownLimits.DEFAULT.withMaxDepth(0));
        assertThrows(InvalidDocumentException.class, () -> MarkdownLimits.DEFAULT.withMaxInputBytes(0));
        assertThrows(InvalidDocumentException.class, () -> MarkdownLimits.DEFAULT.withWorkPerCharacter(0));
        assertThrows(InvalidDocumentException.class, () -> MarkdownLimits.DEFAULT.withDeadline(Duration.ZERO));
        assertThrows(InvalidDocumentException.class, () -> MarkdownLimits.DEFAULT.withDeadline(Duration.ofSeconds(-1)));
    }
}

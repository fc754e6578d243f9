package org.briefkit.markdown.internal;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.briefkit.markdown.MarkdownException;
import org.briefkit.markdown.MarkdownLimits;
import org.junit.jupiter.api.Test;

class InputChecksTest {
    private static final MarkdownLimits LIMITS = MarkdownLimits.DEFAULT.withMaxDepth(10);

    @Test
    void lineOpeningMoreLevelsThanTheLimitIsRefusedAtTheFirstOneTooMany() {
        MarkdownException e = assertThrows(MarkdownException.class,
                () -> InputChecks.check(new Source("t.md", "ok\n  > > > > > > > > > > > x\n"), LIMITS));
        assertEquals("2:23", e.line() + ":" + e.column());
        assertThrows(MarkdownException.class,
                () -> InputChecks.check(new Source("t.md", "1. 2. 3. 4. 5. 6. 7. 8. 9. 10. 11. x\n"), LIMITS));
        assertThrows(MarkdownException.class, () -> InputChecks.check(new Source("t.md", ">".repeat(11) + "\n"), LIMITS));
    }

    @Test
    void thematicBreaksAndCodeAreNotNesting() {
        assertDoesNotThrow(() -> InputChecks.check(new Source("t.md", "* ".repeat(50) + "\n"), LIMITS));
        assertDoesNotThrow(() -> InputChecks.check(new Source("t.md", "```\n" + "> ".repeat(50) + "\n```\n"), LIMITS));
        assertDoesNotThrow(() -> InputChecks.check(new Source("t.md", "text " + "> ".repeat(50) + "\n"), LIMITS));
    }

    @Test
    void fencedDivsOpenBeyondTheLimitAreRefusedAtTheFirstOneTooMany() {
        String nested = "::: a\n".repeat(10) + "  ::: {.b}\n";
        MarkdownException e = assertThrows(MarkdownException.class,
                () -> InputChecks.check(new Source("t.md", nested), LIMITS));
        assertEquals("11:3", e.line() + ":" + e.column());
        String closedInTurn = "::: a\ntext\n:::\n".repeat(50);
        assertDoesNotThrow(() -> InputChecks.check(new Source("t.md", closedInTurn), LIMITS));
        String inCode = "```\n" + "::: a\n".repeat(20) + "```\n";
        assertDoesNotThrow(() -> InputChecks.check(new Source("t.md", inCode), LIMITS));
    }

    @Test
    void lineAtTheLengthLimitPassesAndOneMoreDoesNot() {
        MarkdownLimits limits = MarkdownLimits.DEFAULT.withMaxLineLength(5);
        assertDoesNotThrow(() -> InputChecks.check(new Source("t.md", "12345\n"), limits));
        assertThrows(MarkdownException.class, () -> InputChecks.check(new Source("t.md", "123456\n"), limits));
    }
}

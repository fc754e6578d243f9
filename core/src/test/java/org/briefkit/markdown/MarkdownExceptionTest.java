package org.briefkit.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import org.briefkit.BriefkitException;
import org.junit.jupiter.api.Test;

/** The error's message is file:line:column: problem, and its parts are there one by one. */
class MarkdownExceptionTest {
    @Test
    void messageLeadsWithFileLineAndColumn() {
        MarkdownException e = new MarkdownException("brief.md", 12, 5, "this heading has no text");
        assertEquals("brief.md:12:5: this heading has no text", e.getMessage());
        assertEquals("brief.md", e.file());
        assertEquals(12, e.line());
        assertEquals(5, e.column());
        assertEquals("this heading has no text", e.problem());
        assertInstanceOf(BriefkitException.class, e);
    }
}

package org.briefkit.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.briefkit.model.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Inputs that overflow flexmark's stack or cost it quadratic time on a plain thread (see
 * ../shared/notes/poi-and-flexmark.md). Each must end, well within its timeout, in a document or a
 * MarkdownException that says what and where: never a StackOverflowError, never a hang.
 */
class HostileInputTest {
    private static final String TITLE = "# T\n\n";

    private static Document read(String body) {
        return MarkdownReader.standard().read(TITLE + body, null, "hostile.md");
    }

    private static MarkdownException failure(String body) {
        return assertThrows(MarkdownException.class, () -> read(body));
    }

    /** A document, or the time-limit error: both are acceptable ends, a hang or overflow is not. */
    private static Document documentOrTimeLimit(String body) {
        try {
            Document doc = read(body);
            assertFalse(doc.body().isEmpty());
            return doc;
        } catch (MarkdownException e) {
            assertTrue(e.problem().contains("did not finish within"), e::getMessage);
            return null;
        }
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void longRunOfAsterisksBeforeText() {
        assertFalse(read("*".repeat(3_000) + "text").body().isEmpty());
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void fiveThousandUnderscores() {
        assertFalse(read("_".repeat(5_000)).body().isEmpty());
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void fiveThousandCharacterAutolinkAndReference() {
        assertFalse(read("<http://" + "a".repeat(5_000) + ">").body().isEmpty());
        assertFalse(read("[a]\n\n[a]: <" + "a".repeat(5_000) + ">\n").body().isEmpty());
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void eightThousandNestedQuotesAreRefusedAtTheirLine() {
        MarkdownException e = failure(">".repeat(8_000) + " x");
        assertEquals(3, e.line(), e::getMessage);
        assertTrue(e.problem().contains("nest more than 100 levels"), e::getMessage);
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void tenThousandNestedListsAreRefusedAtTheirLine() {
        MarkdownException e = failure("- ".repeat(10_000) + "x\n");
        assertEquals(3, e.line(), e::getMessage);
        assertTrue(e.problem().contains("nest more than 100 levels"), e::getMessage);
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void listsNestedByIndentationAreRefusedAtTheDeepestLine() {
        StringBuilder lists = new StringBuilder();
        for (int level = 0; level < 1_000; level++) {
            lists.append("  ".repeat(level)).append("- x\n");
        }
        MarkdownException e = failure(lists.toString());
        assertEquals(1_002, e.line(), e::getMessage);
        assertTrue(e.problem().contains("levels deep here; the limit is 100"), e::getMessage);
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void fiveThousandNestedFencedDivsAreRefusedBeforeParsing() {
        MarkdownException e = failure("::: a\n".repeat(5_000) + "x\n" + ":::\n".repeat(5_000));
        assertEquals(103, e.line(), e::getMessage);
        assertTrue(e.problem().contains("fenced divs nest more than 100 levels"), e::getMessage);
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void deeplyNestedEmphasisIsRefused() {
        MarkdownException e = failure("*a ".repeat(2_000) + "x" + " b*".repeat(2_000));
        assertEquals(3, e.line(), e::getMessage);
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void quotesNestedThousandsDeepAreRefused() {
        MarkdownException e = failure("\"a 'b ".repeat(5_000) + "x" + " c' d\"".repeat(5_000));
        assertTrue(e.problem().contains("levels deep here"), e::getMessage);
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void fortyThousandBacktickRuns() {
        documentOrTimeLimit("`a``".repeat(40_000));
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void twentyThousandUnclosedLinks() {
        documentOrTimeLimit("[a](".repeat(20_000));
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void tenMegabyteParagraph() {
        StringBuilder text = new StringBuilder();
        while (text.length() < 10_000_000) {
            text.append("Word word *emphasis* word [a link](https://example.org) &amp; `code` word.\n");
        }
        // About 3 s here once the JIT is warm, 5 s cold: well within 10 s, but a slow machine may
        // reach the limit, and then the clear timeout error is the right end too.
        Document doc = documentOrTimeLimit(text.toString());
        if (doc != null) {
            assertEquals(1, doc.body().size());
        }
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void veryLongLinesUnderTheLimitAreRead() {
        assertEquals(1, read("word ".repeat(200_000)).body().size());
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void lineOverTheDefaultLimitIsRefused() {
        MarkdownException e = failure("x".repeat(2_000_000));
        assertEquals("3:1048577", e.line() + ":" + e.column());
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void hundredThousandHeadingsWithTheSameTextGetIdsQuickly() {
        Document doc = read("## Same\n\n".repeat(100_000));
        assertEquals("same-99999", ((org.briefkit.model.Heading) doc.body().get(99_999)).attr().id());
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void footnoteReferencedTwoHundredThousandTimes() {
        assertEquals(1, read("[^1] ".repeat(200_000) + "\n\n[^1]: x\n").body().size());
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void readPastTheTimeLimitStopsWithThePlaceItReached() {
        MarkdownReader hasty = MarkdownReader.builder()
                .limits(MarkdownLimits.DEFAULT.withParseTimeLimit(Duration.ofMillis(50))).build();
        StringBuilder text = new StringBuilder(TITLE);
        while (text.length() < 8_000_000) {
            text.append("Word *emphasis* [link](https://example.org) `code`.\n\n");
        }
        MarkdownException e = assertThrows(MarkdownException.class, () -> hasty.read(text.toString(), null, "slow.md"));
        assertTrue(e.problem().startsWith("reading did not finish within 50 ms (MarkdownLimits.parseTimeLimit)"),
                e::getMessage);
        assertEquals("slow.md", e.file());
        assertTrue(e.line() >= 1, e::getMessage);
    }
}

package org.briefkit.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.briefkit.model.Document;
import org.junit.jupiter.api.Test;

/**
 * Inputs that overflow flexmark's stack or cost it quadratic time on a plain thread (see
 * ../shared/notes/poi-and-flexmark.md). Each must end in a document or a MarkdownException that
 * says what and where: never a StackOverflowError, never a hang. The limits count work, not time,
 * so each input has one answer, the same on any machine under any load, and each test asserts it.
 */
class HostileInputTest {
    private static final String TITLE = "# T\n\n";

    private static Document read(String body) {
        return MarkdownReader.standard().read(TITLE + body, null, "hostile.md");
    }

    private static MarkdownException failure(String body) {
        return assertThrows(MarkdownException.class, () -> read(body));
    }

    /** The error of a read stopped by the work budget, asserted to name the limit and how to raise it. */
    private static MarkdownException overWorkBudget(String body) {
        MarkdownException e = failure(body);
        assertTrue(e.problem().startsWith("reading needs more work than the limit allows"), e::getMessage);
        assertTrue(e.problem().contains("MarkdownLimits.withWorkPerCharacter"), e::getMessage);
        return e;
    }

    @Test
    void longRunOfAsterisksBeforeText() {
        assertFalse(read("*".repeat(3_000) + "text").body().isEmpty());
    }

    @Test
    void fiveThousandUnderscores() {
        assertFalse(read("_".repeat(5_000)).body().isEmpty());
    }

    @Test
    void fiveThousandCharacterAutolinkAndReference() {
        assertFalse(read("<http://" + "a".repeat(5_000) + ">").body().isEmpty());
        assertFalse(read("[a]\n\n[a]: <" + "a".repeat(5_000) + ">\n").body().isEmpty());
    }

    @Test
    void eightThousandNestedQuotesAreRefusedAtTheirLine() {
        MarkdownException e = failure(">".repeat(8_000) + " x");
        assertEquals(3, e.line(), e::getMessage);
        assertTrue(e.problem().contains("nest more than 100 levels"), e::getMessage);
    }

    @Test
    void tenThousandNestedListsAreRefusedAtTheirLine() {
        MarkdownException e = failure("- ".repeat(10_000) + "x\n");
        assertEquals(3, e.line(), e::getMessage);
        assertTrue(e.problem().contains("nest more than 100 levels"), e::getMessage);
    }

    @Test
    void listsNestedByIndentationAreRefusedByTheWorkBudgetWhereTheyGrowTooCostly() {
        // Each line re-examines every list open above it: work growing with the cube of the depth,
        // refused long before the deepest line, at the same place every time.
        MarkdownException e = overWorkBudget(listsNestedByIndentation(1_000));
        assertEquals("344:444", e.line() + ":" + e.column(), e::getMessage);
        assertTrue(e.problem().contains("Deep nesting"), e::getMessage);
    }

    @Test
    void listsNestedByIndentationToNearTheLimitAreRead() {
        assertEquals(1, read(listsNestedByIndentation(95)).body().size());
    }

    private static String listsNestedByIndentation(int levels) {
        StringBuilder lists = new StringBuilder();
        for (int level = 0; level < levels; level++) {
            lists.append("  ".repeat(level)).append("- x\n");
        }
        return lists.toString();
    }

    @Test
    void fiveThousandNestedFencedDivsAreRefusedBeforeParsing() {
        MarkdownException e = failure("::: a\n".repeat(5_000) + "x\n" + ":::\n".repeat(5_000));
        assertEquals(103, e.line(), e::getMessage);
        assertTrue(e.problem().contains("fenced divs nest more than 100 levels"), e::getMessage);
    }

    @Test
    void deeplyNestedEmphasisIsRefused() {
        MarkdownException e = failure("*a ".repeat(2_000) + "x" + " b*".repeat(2_000));
        assertEquals(3, e.line(), e::getMessage);
    }

    @Test
    void quotesNestedThousandsDeepAreRefused() {
        MarkdownException e = failure("\"a 'b ".repeat(5_000) + "x" + " c' d\"".repeat(5_000));
        assertTrue(e.problem().contains("levels deep here"), e::getMessage);
    }

    @Test
    void fortyThousandBacktickRunsAreRead() {
        assertEquals(1, read("`a``".repeat(40_000)).body().size());
    }

    @Test
    void twentyThousandUnclosedLinksAreRefusedByTheWorkBudgetAtTheSamePlace() {
        // Each "[a](" makes the parser look for the link's end through the rest of the paragraph:
        // about 10,000 characters examined per character of input, 200 times the budget.
        MarkdownException e = overWorkBudget("[a](".repeat(20_000));
        assertEquals("3:12248", e.line() + ":" + e.column(), e::getMessage);
    }

    @Test
    void emphasisRunsThatNeverMatchAreRefusedByTheWorkBudget() {
        // The rule of three keeps "**" from matching any "*": every closer walks back over the
        // others, work that reads no character and that the delimiter runs count.
        MarkdownException e = overWorkBudget("a**b" + "c* ".repeat(30_000));
        assertEquals(3, e.line(), e::getMessage);
    }

    @Test
    void tenMegabyteParagraphIsRead() {
        StringBuilder text = new StringBuilder();
        while (text.length() < 10_000_000) {
            text.append("Word word *emphasis* word [a link](https://example.org) &amp; `code` word.\n");
        }
        assertEquals(1, read(text.toString()).body().size());
    }

    @Test
    void veryLongLinesUnderTheLimitAreRead() {
        assertEquals(1, read("word ".repeat(200_000)).body().size());
    }

    @Test
    void lineOverTheDefaultLimitIsRefused() {
        MarkdownException e = failure("x".repeat(2_000_000));
        assertEquals("3:1048577", e.line() + ":" + e.column());
    }

    @Test
    void hundredThousandHeadingsWithTheSameTextGetIdsQuickly() {
        Document doc = read("## Same\n\n".repeat(100_000));
        assertEquals("same-99999", ((org.briefkit.model.Heading) doc.body().get(99_999)).attr().id());
    }

    @Test
    void footnoteReferencedTwoHundredThousandTimes() {
        assertEquals(1, read("[^1] ".repeat(200_000) + "\n\n[^1]: x\n").body().size());
    }
}

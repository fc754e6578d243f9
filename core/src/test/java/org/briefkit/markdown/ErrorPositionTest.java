package org.briefkit.markdown;

import static org.briefkit.markdown.Read.assertError;
import static org.briefkit.markdown.Read.error;

import org.junit.jupiter.api.Test;

/**
 * Problems the model finds (record constructors, ids, links) are reported at the Markdown that
 * made them, with the front matter counted in the line numbers and columns in characters.
 */
class ErrorPositionTest {
    @Test
    void linkToAnIdNothingHasIsAnErrorAtTheLink() {
        assertError(error(Read.TITLE + "# Results\n\nSee [the results](#result) and é [x](#nowhere).\n"), 6, 5,
                "link to '#result' points to nothing");
        assertError(error(Read.TITLE + "# Results\n\nSee [the results](#result).\n"), 6, 5, "did you mean 'results'?");
        assertError(error(Read.TITLE + "Text, then é [x](#nowhere).\n"), 4, 14, "no heading, figure, table");
    }

    @Test
    void linkToTheHeadingThatBecameTheTitleIsAnError() {
        assertError(error("# Title\n\n[top](#title)\n"), 3, 1, "points to nothing");
    }

    @Test
    void repeatedIdIsAnErrorAtTheSecond() {
        assertError(error(Read.TITLE + "# A {#x}\n\ntext\n\n## B {#x}\n"), 8, 1, "id 'x' is already used on line 4");
    }

    @Test
    void emptyHeadingIsAnError() {
        assertError(error(Read.TITLE + "Text.\n\n##\n\nMore.\n"), 6, 1, "heading has no text");
    }

    @Test
    void invalidIdIsAnErrorAtItsPlace() {
        assertError(error(Read.TITLE + "# Heading {#-bad}\n"), 4, 1, "'-bad' is not a valid identifier");
        assertError(error(Read.TITLE + "Some `code`{#-bad} here.\n"), 4, 12, "'-bad' is not a valid identifier");
    }

    @Test
    void invalidLinkTargetIsAnErrorAtTheLink() {
        assertError(error(Read.TITLE + "Go [there](http://[bad).\n"), 4, 4, "is not a valid URI");
    }

    @Test
    void noteInsideANoteIsAnError() {
        assertError(error(Read.TITLE + "A.[^1]\n\n[^1]: See[^2].\n\n[^2]: Deeper.\n"), 6, 10, "cannot hold a note");
    }

    @Test
    void emptyFootnoteIsAnError() {
        assertError(error(Read.TITLE + "A.[^1]\n\n[^1]:\n"), 4, 3, "footnote [^1] is empty");
    }

    @Test
    void problemInACalloutTitleIsAnErrorAtTheFence() {
        assertError(error(Read.TITLE + "::: {.callout title=\"[x](#nowhere)\"}\nText.\n:::\n"), 4, 1, "points to nothing");
    }

    @Test
    void columnsCountCharactersNotBytes() {
        assertError(error(Read.TITLE + "한국어 텍스트 [x](#none)\n"), 4, 9, "points to nothing");
    }
}

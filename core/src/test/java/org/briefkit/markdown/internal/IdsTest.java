package org.briefkit.markdown.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Set;
import org.briefkit.markdown.MarkdownException;
import org.junit.jupiter.api.Test;

class IdsTest {
    @Test
    void slugsFollowPandoc() {
        assertEquals("heading-identifiers-in-html", Ids.slug("Heading identifiers in HTML"));
        assertEquals("maître-dhôtel", Ids.slug("Maître d'hôtel"));
        assertEquals("dogs--in-my-house", Ids.slug("Dogs?–in my house?"));
        assertEquals("html-s5-or-rtf", Ids.slug("[HTML], [S5], or [RTF]?"));
        assertEquals("applications", Ids.slug("3. Applications"));
        assertEquals("section", Ids.slug("33"));
        assertEquals("한국어-제목", Ids.slug("한국어 제목"));
    }

    @Test
    void madeIdsNeverRepeatAndAvoidWrittenOnes() {
        Ids ids = new Ids(new Source("t.md", "x"), Set.of("intro-1"));
        assertEquals("intro", ids.makeFor("Intro"));
        assertEquals("intro-2", ids.makeFor("Intro"));
        assertEquals("intro-3", ids.makeFor("Intro"));
    }

    @Test
    void repeatedDefinitionAndDanglingLinkAreErrors() {
        Source source = new Source("t.md", "line one\nline two\n");
        Ids ids = new Ids(source, Set.of());
        ids.define("a", 0);
        MarkdownException twice = assertThrows(MarkdownException.class, () -> ids.define("a", 9));
        assertEquals("t.md:2:1: id 'a' is already used on line 1; ids must be unique", twice.getMessage());
        ids.linkTo("b", 14);
        MarkdownException dangling = assertThrows(MarkdownException.class, ids::checkLinks);
        assertEquals(2, dangling.line());
        assertEquals(6, dangling.column());
    }
}

package org.briefkit.markdown.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.briefkit.model.Attr;
import org.junit.jupiter.api.Test;

class AttrParserTest {
    @Test
    void readsIdClassesAndValuesInEveryQuoting() {
        Map<String, String> pairs = new LinkedHashMap<>();
        pairs.put("title", "Key \"takeaways\"");
        pairs.put("credit", "Source: it's ours");
        pairs.put("width", "50%");
        assertEquals(new Attr("fig:1", List.of("wide", "dark"), pairs), AttrParser.parse(
                "{#fig:1 .wide title=\"Key \\\"takeaways\\\"\" credit='Source: it\\'s ours' width=50% .dark}"));
    }

    @Test
    void bracesAreOptionalAndALoneDashMeansUnnumbered() {
        assertEquals(Attr.classes("unnumbered"), AttrParser.parse("-"));
        assertEquals(Attr.classes("a"), AttrParser.parse("  .a  "));
    }

    @Test
    void refusesWhatIsNotAttributes() {
        for (String text : List.of("{x}", "{a, b}", "{#a #b}", "{.}", "{k=\"open}", "{#-x}", "{.a")) {
            assertThrows(Problem.class, () -> AttrParser.parse(text), text);
            assertFalse(AttrParser.isAttributes(text), text);
        }
    }

    @Test
    void textStartingWithAnIdOrClassLooksLikeAttributes() {
        assertTrue(AttrParser.looksLikeAttributes("{#-x}"));
        assertTrue(AttrParser.looksLikeAttributes("{ .a"));
        assertFalse(AttrParser.looksLikeAttributes("{x}"));
    }
}

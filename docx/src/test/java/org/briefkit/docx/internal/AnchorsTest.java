package org.briefkit.docx.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AnchorsTest {
    @Test
    void idsBecomeWordBookmarkNames() {
        Anchors a = new Anchors();
        assertEquals("sec_korea", a.nameOf("sec-korea"));
        assertEquals("fig_1_2", a.nameOf("fig:1.2"));
        assertEquals("id_1999", a.nameOf("1999"));
        assertEquals("서론", a.nameOf("서론"), "letters of any script");
        assertEquals("sec_korea", a.nameOf("sec-korea"), "the same id, the same name");
    }

    @Test
    void namesAreUniqueShortAndNeverHidden() {
        Anchors a = new Anchors();
        String first = a.nameOf("a-b");
        String second = a.nameOf("a.b");
        assertNotEquals(first, second);
        String longId = "x".repeat(60);
        String longer = longId + "-more";
        assertEquals(40, a.nameOf(longId).length());
        assertTrue(a.nameOf(longer).length() <= 40);
        assertNotEquals(a.nameOf(longId), a.nameOf(longer));
        assertTrue(Character.isLetter(a.nameOf("_toc").charAt(0)));
        assertNotEquals(a.generated("notes"), a.nameOf("notes"));
    }

    @Test
    void bookmarkNumbersCount() {
        Anchors a = new Anchors();
        assertEquals(0, a.nextMarkId().intValue());
        assertEquals(1, a.nextMarkId().intValue());
    }
}

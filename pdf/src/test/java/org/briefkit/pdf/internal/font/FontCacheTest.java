package org.briefkit.pdf.internal.font;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.briefkit.theme.FontStyle;
import org.briefkit.theme.Fonts;
import org.junit.jupiter.api.Test;

/** The cache keeps within its bounds in entries and bytes, least recently used out first. */
class FontCacheTest {
    private static final FontFace A = FontLibrary.load(Fonts.LIBERATION.body().file(FontStyle.REGULAR));
    private static final FontFace B = FontLibrary.load(Fonts.LIBERATION.body().file(FontStyle.BOLD));

    private static FontKey key(int n) {
        return new FontKey(Integer.toHexString(n), 0);
    }

    @Test
    void keepsAtMostItsEntriesDroppingTheLeastRecentlyUsed() {
        FontCache cache = new FontCache(3, 1_000);
        for (int i = 0; i < 3; i++) {
            cache.put(key(i), A, 10);
        }
        cache.get(key(0)); // used again: now 1 is the least recently used
        cache.put(key(3), B, 10);
        assertEquals(3, cache.size());
        assertFalse(cache.contains(key(1)));
        assertTrue(cache.contains(key(0)) && cache.contains(key(2)) && cache.contains(key(3)));
        assertEquals(30, cache.bytes());
    }

    @Test
    void keepsAtMostItsBytes() {
        FontCache cache = new FontCache(100, 250);
        for (int i = 0; i < 10; i++) {
            cache.put(key(i), A, 100);
            assertTrue(cache.bytes() <= 250, "bytes " + cache.bytes());
        }
        assertEquals(2, cache.size());
        assertTrue(cache.contains(key(8)) && cache.contains(key(9)));
    }

    @Test
    void aFaceLargerThanTheBoundIsHandedOutButNotKept() {
        FontCache cache = new FontCache(10, 250);
        cache.put(key(1), A, 100);
        assertSame(B, cache.put(key(2), B, 251));
        assertEquals(1, cache.size());
        assertEquals(100, cache.bytes());
    }

    @Test
    void theFirstFaceKeptForAKeyWins() {
        FontCache cache = new FontCache(10, 1_000);
        assertSame(A, cache.put(key(1), A, 10));
        assertSame(A, cache.put(key(1), B, 10), "a thread that loaded the same font second uses the first's face");
        assertEquals(10, cache.bytes());
    }
}

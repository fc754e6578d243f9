package org.briefkit.pdf.internal.hyphen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TrieTest {
    /** @return the value stored for key, or NONE when the walk falls off the trie or ends between keys */
    private static int get(Trie trie, String key) {
        int node = Trie.ROOT;
        for (int i = 0; i < key.length() && node != Trie.NONE; i++) {
            node = trie.child(node, key.charAt(i));
        }
        return node == Trie.NONE ? Trie.NONE : trie.value(node);
    }

    @Test
    void findsEveryKeyIncludingKeysThatArePrefixesOfOthers() {
        Trie trie = new Trie.Builder().put("hyph", 1).put("hy", 2).put(".ach", 3).put("hyphen", 4)
                .put("z", 5).put("a", 6).build();
        assertEquals(1, get(trie, "hyph"));
        assertEquals(2, get(trie, "hy"));
        assertEquals(3, get(trie, ".ach"));
        assertEquals(4, get(trie, "hyphen"));
        assertEquals(5, get(trie, "z"));
        assertEquals(6, get(trie, "a"));
    }

    @Test
    void anUnknownKeyOrAPathBetweenKeysHasNoValue() {
        Trie trie = new Trie.Builder().put("hyph", 1).put("hyphen", 4).build();
        assertEquals(Trie.NONE, get(trie, "hyphe"));
        assertEquals(Trie.NONE, get(trie, "hyphens"));
        assertEquals(Trie.NONE, get(trie, "b"));
        assertEquals(Trie.NONE, get(trie, ""));
    }

    @Test
    void aKeyPutTwiceKeepsItsLastValue() {
        assertEquals(7, get(new Trie.Builder().put("ab", 1).put("ab", 7).build(), "ab"));
    }

    @Test
    void anEmptyTrieHasOnlyItsRoot() {
        Trie trie = new Trie.Builder().build();
        assertEquals(Trie.NONE, trie.child(Trie.ROOT, 'a'));
        assertEquals(Trie.NONE, trie.value(Trie.ROOT));
    }

    @Test
    void valuesAreNonNegative() {
        assertThrows(IllegalArgumentException.class, () -> new Trie.Builder().put("a", -1));
    }
}

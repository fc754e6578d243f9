package org.briefkit.pdf.internal.layout;

/**
 * A multiset of words held as 64-bit hashes ({@link WordHasher}): how many times each word
 * occurs, in an open-addressing table of primitives, so counting the words of a 140-page
 * manual allocates a few arrays rather than a string per word.
 */
final class WordCount {
    private long[] keys = new long[1024];
    private int[] counts = new int[1024];
    private int shift = 64 - 10;
    private int size;
    private int longest;

    /** Counts one more occurrence of a word of {@code length} code points. */
    void add(long hash, int length) {
        if (hash == 0) {
            hash = 1; // 0 marks an empty slot
        }
        if (size * 2 >= keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        int i = slot(hash);
        while (keys[i] != 0 && keys[i] != hash) {
            i = (i + 1) & mask;
        }
        if (keys[i] == 0) {
            keys[i] = hash;
            size++;
        }
        counts[i]++;
        longest = Math.max(longest, length);
    }

    /**
     * Takes one occurrence of a word away, if the word is counted at all (a word never counted is
     * not added: the layout's numbers and labels need no room here). A count may go below zero.
     */
    void remove(long hash) {
        int i = find(hash);
        if (i >= 0) {
            counts[i]--;
        }
    }

    /** @return how many times the word was counted */
    int count(long hash) {
        int i = find(hash);
        return i < 0 ? 0 : counts[i];
    }

    /** @return the slot holding the word, or -1 when it is not counted */
    private int find(long hash) {
        long key = hash == 0 ? 1 : hash;
        int mask = keys.length - 1;
        for (int i = slot(key); keys[i] != 0; i = (i + 1) & mask) {
            if (keys[i] == key) {
                return i;
            }
        }
        return -1;
    }

    /** Fibonacci hashing: the key's bits spread over the table's index. */
    private int slot(long hash) {
        return (int) ((hash * 0x9E3779B97F4A7C15L) >>> shift);
    }

    /** @return the length in code points of the longest word counted */
    int longest() {
        return longest;
    }

    /** Calls {@code each} with every word and its count, in no particular order. */
    void forEach(Entry each) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != 0) {
                each.accept(keys[i], counts[i]);
            }
        }
    }

    /** A word's hash and its count. */
    @FunctionalInterface
    interface Entry {
        void accept(long hash, int count);
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldCounts = counts;
        keys = new long[oldKeys.length * 2];
        counts = new int[oldKeys.length * 2];
        shift--;
        int mask = keys.length - 1;
        for (int k = 0; k < oldKeys.length; k++) {
            if (oldKeys[k] != 0) {
                int i = slot(oldKeys[k]);
                while (keys[i] != 0) {
                    i = (i + 1) & mask;
                }
                keys[i] = oldKeys[k];
                counts[i] = oldCounts[k];
            }
        }
    }
}

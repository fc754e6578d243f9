package org.briefkit.pdf.internal.hyphen;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An immutable trie from strings to non-negative ints, walked one character at a time.
 *
 * <p>Nodes are numbered breadth first, so the edges leaving a node sit side by side in three
 * flat arrays, sorted by character: a walk step is a short binary search over primitives, with
 * no objects to chase and nothing allocated. The American patterns make 8,400 nodes, the British
 * 13,900: some 120 and 195 KB.
 */
final class Trie {
    /** Where every walk starts. */
    static final int ROOT = 0;
    /** Neither a node nor a value. */
    static final int NONE = -1;

    /** The edges leaving node {@code n} are {@code firstEdge[n]} up to {@code firstEdge[n + 1]}. */
    private final int[] firstEdge;
    private final char[] edgeChar;
    private final int[] edgeTarget;
    /** The value of the key that ends at each node, or {@link #NONE}. */
    private final int[] value;

    private Trie(int[] firstEdge, char[] edgeChar, int[] edgeTarget, int[] value) {
        this.firstEdge = firstEdge;
        this.edgeChar = edgeChar;
        this.edgeTarget = edgeTarget;
        this.value = value;
    }

    /** @return the node reached from {@code node} by {@code c}, or {@link #NONE} */
    int child(int node, char c) {
        int edge = Arrays.binarySearch(edgeChar, firstEdge[node], firstEdge[node + 1], c);
        return edge < 0 ? NONE : edgeTarget[edge];
    }

    /** @return the value of the key that ends at {@code node}, or {@link #NONE} */
    int value(int node) {
        return value[node];
    }

    /** Collects keys with a mutable tree, then packs it. Not thread-safe; used once, at load. */
    static final class Builder {
        private final List<TreeMap<Character, Integer>> children = new ArrayList<>();
        private final List<Integer> values = new ArrayList<>();

        Builder() {
            newNode();
        }

        /** Maps {@code key} to {@code v} (a non-negative int), replacing any earlier value. */
        Builder put(CharSequence key, int v) {
            if (v < 0) {
                throw new IllegalArgumentException("trie values are non-negative: " + v);
            }
            int node = ROOT;
            for (int i = 0; i < key.length(); i++) {
                Integer next = children.get(node).get(key.charAt(i));
                if (next == null) {
                    next = newNode();
                    children.get(node).put(key.charAt(i), next);
                }
                node = next;
            }
            values.set(node, v);
            return this;
        }

        private int newNode() {
            children.add(new TreeMap<>());
            values.add(NONE);
            return children.size() - 1;
        }

        /** @return the packed trie: breadth-first numbering puts each node's edges together */
        Trie build() {
            int nodes = children.size();
            int[] firstEdge = new int[nodes + 1];
            char[] edgeChar = new char[nodes - 1];
            int[] edgeTarget = new int[nodes - 1];
            int[] value = new int[nodes];
            ArrayDeque<Integer> queue = new ArrayDeque<>(List.of(ROOT));
            int numbered = 1;
            int edges = 0;
            for (int packed = 0; !queue.isEmpty(); packed++) {
                int old = queue.remove();
                firstEdge[packed] = edges;
                value[packed] = values.get(old);
                for (Map.Entry<Character, Integer> e : children.get(old).entrySet()) {
                    // The child takes the next number in breadth-first order, which is
                    // exactly the order the queue hands it back in.
                    edgeChar[edges] = e.getKey();
                    edgeTarget[edges++] = numbered++;
                    queue.add(e.getValue());
                }
            }
            firstEdge[nodes] = edges;
            return new Trie(firstEdge, edgeChar, edgeTarget, value);
        }
    }
}

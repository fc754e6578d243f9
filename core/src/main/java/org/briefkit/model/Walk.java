package org.briefkit.model;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * Visits every block and inline in reading order: a block before its contents, an inline before
 * the inlines inside it, a note's blocks where its mark stands. It keeps its own stack, so no
 * nesting, however deep, overflows the thread's. Renderers use it to collect headings, ids and
 * notes without writing the traversal again.
 */
public final class Walk {
    private Walk() {
    }

    /**
     * @param nodes    blocks or inlines to walk
     * @param onBlock  called for each block, outermost first
     * @param onInline called for each inline, outermost first
     */
    public static void nodes(List<?> nodes, Consumer<Block> onBlock, Consumer<Inline> onInline) {
        walk(nodes, onBlock, onInline, node -> true, Integer.MAX_VALUE, "");
    }

    /**
     * Walks summary, body and back matter, in that order.
     *
     * @param document the document
     * @param onBlock  called for each block
     * @param onInline called for each inline
     */
    public static void document(Document document, Consumer<Block> onBlock, Consumer<Inline> onInline) {
        nodes(document.summary(), onBlock, onInline);
        nodes(document.body(), onBlock, onInline);
        nodes(document.backMatter(), onBlock, onInline);
    }

    /**
     * The walk, entering only the nodes {@code descend} accepts, and stopping with an error when
     * nesting exceeds {@code maxDepth} levels.
     *
     * @return the deepest nesting seen, 1 for a flat list
     */
    static int walk(List<?> nodes, Consumer<Block> onBlock, Consumer<Inline> onInline,
            java.util.function.Predicate<Object> descend, int maxDepth, String field) {
        return walk(nodes, node -> {
            if (node instanceof Block block) {
                onBlock.accept(block);
            } else {
                onInline.accept((Inline) node);
            }
            return false;
        }, descend, maxDepth, field);
    }

    /**
     * Whether any inline of the document, in summary, body or back matter, passes a test; the
     * walk stops at the first that does.
     *
     * @param document the document
     * @param test     the test
     * @return whether an inline passes it
     */
    public static boolean anyInline(Document document, java.util.function.Predicate<Inline> test) {
        java.util.function.Predicate<Object> found = node -> node instanceof Inline inline && test.test(inline);
        for (List<Block> part : List.of(document.summary(), document.body(), document.backMatter())) {
            if (walk(part, found, node -> true, Integer.MAX_VALUE, "") < 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The loop of every walk: {@code visit} sees each node and returns true to stop the walk.
     *
     * @return the deepest nesting seen, 1 for a flat list, or -1 when {@code visit} stopped it
     */
    private static int walk(List<?> nodes, java.util.function.Predicate<Object> visit,
            java.util.function.Predicate<Object> descend, int maxDepth, String field) {
        // The stack holds each level's list and the index of its next node: no iterator per node.
        List<?>[] lists = new List<?>[16];
        int[] next = new int[16];
        int size = 1;
        lists[0] = nodes;
        int deepest = 0;
        while (size > 0) {
            List<?> level = lists[size - 1];
            int at = next[size - 1];
            if (at == level.size()) {
                lists[--size] = null;
                continue;
            }
            next[size - 1] = at + 1;
            Object node = level.get(at);
            if (visit.test(node)) {
                return -1;
            }
            deepest = Math.max(deepest, size);
            if (size > maxDepth) {
                throw new org.briefkit.InvalidDocumentException(field,
                        "nests blocks and inlines more than " + maxDepth + " levels deep");
            }
            if (node instanceof Text || !descend.test(node)) {
                continue; // the commonest node has no children
            }
            List<Object> children = Children.of(node);
            if (!children.isEmpty()) {
                if (size == lists.length) {
                    lists = Arrays.copyOf(lists, size * 2);
                    next = Arrays.copyOf(next, size * 2);
                }
                lists[size] = children;
                next[size++] = 0;
            }
        }
        return deepest;
    }
}

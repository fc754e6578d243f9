package org.briefkit.model;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
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
        Deque<Iterator<?>> stack = new ArrayDeque<>();
        stack.push(nodes.iterator());
        int deepest = 0;
        while (!stack.isEmpty()) {
            Iterator<?> level = stack.peek();
            if (!level.hasNext()) {
                stack.pop();
                continue;
            }
            Object node = level.next();
            if (node instanceof Block block) {
                onBlock.accept(block);
            } else {
                onInline.accept((Inline) node);
            }
            deepest = Math.max(deepest, stack.size());
            if (stack.size() > maxDepth) {
                throw new org.briefkit.InvalidDocumentException(field,
                        "nests blocks and inlines more than " + maxDepth + " levels deep");
            }
            List<Object> children = descend.test(node) ? Children.of(node) : List.of();
            if (!children.isEmpty()) {
                stack.push(children.iterator());
            }
        }
        return deepest;
    }
}

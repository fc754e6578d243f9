package org.briefkit.markdown.internal;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ext.attributes.AttributeNode;
import com.vladsch.flexmark.ext.attributes.AttributesNode;
import com.vladsch.flexmark.ext.definition.DefinitionItem;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

/**
 * One walk over flexmark's tree before conversion, with its own stack (the tree may be thousands
 * of levels deep): it finds the deepest node, to refuse nesting beyond the limit with that node's
 * line, and every id the author wrote, so that ids made for headings never take one of them.
 *
 * <p>Depth is counted as the model counts it: a list item, a table's head, body and rows, and a
 * definition list's item add no level, since they become no element of their own. Typographic
 * quotes do count, though they become two characters: text quoted thousands of times over is no
 * prose, and the converter recurses once per pair.
 */
final class TreeSurvey {
    private static final int CHECK_EVERY = 0x400;
    private final Set<String> writtenIds = new HashSet<>();
    private Node deepest;
    private int maxDepth;

    private TreeSurvey() {
    }

    /**
     * @param tree     flexmark's tree
     * @param progress counts a unit of work per node, and stops a read over budget or cancelled
     * @return what the walk found
     */
    static TreeSurvey of(Document tree, Progress progress) {
        TreeSurvey survey = new TreeSurvey();
        Deque<Node> nodes = new ArrayDeque<>();
        Deque<Integer> depths = new ArrayDeque<>();
        nodes.push(tree);
        depths.push(0);
        int visited = 0;
        while (!nodes.isEmpty()) {
            Node node = nodes.pop();
            int depth = depths.pop();
            if (++visited == CHECK_EVERY) {
                visited = 0;
                progress.spend(CHECK_EVERY, node.getStartOffset());
            }
            if (depth > survey.maxDepth) {
                survey.maxDepth = depth;
                survey.deepest = node;
            }
            survey.collectId(node);
            for (Node child = node.getLastChild(); child != null; child = child.getPrevious()) {
                nodes.push(child);
                depths.push(depth + (addsLevel(child) ? 1 : 0));
            }
        }
        return survey;
    }

    /** @return every id written in the document */
    Set<String> writtenIds() {
        return writtenIds;
    }

    /** @return the deepest nesting, counted as the model counts it */
    int maxDepth() {
        return maxDepth;
    }

    /** @return a node at the deepest nesting */
    Node deepest() {
        return deepest;
    }

    private static boolean addsLevel(Node node) {
        return !(node instanceof ListItem || node instanceof TableHead || node instanceof TableBody
                || node instanceof TableRow || node instanceof TableSeparator || node instanceof DefinitionItem
                || node instanceof AttributesNode || node instanceof AttributeNode);
    }

    private void collectId(Node node) {
        String attributes = null;
        if (node instanceof AttributesNode) {
            attributes = node.getChars().toString();
        } else if (node instanceof FencedDiv div) {
            writtenIds.add(div.attr().id());
        } else if (node instanceof FencedCodeBlock code && code.getInfo().trim().startsWith("{")) {
            attributes = code.getInfo().trim().toString();
        }
        if (attributes != null) {
            try {
                writtenIds.add(AttrParser.parse(attributes).id());
            } catch (Problem e) {
                // Not attributes after all: it stays text, and holds no id.
            }
        }
    }
}

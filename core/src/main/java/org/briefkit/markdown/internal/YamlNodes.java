package org.briefkit.markdown.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.briefkit.internal.BoundedYaml;
import org.briefkit.markdown.MarkdownException;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Front matter YAML as a tree of nodes that know their line, and typed access to it with errors
 * that point into the file.
 *
 * <p>SnakeYAML Engine composes nodes only: no class is ever instantiated, so no YAML tag can run
 * code. It is bounded as all of Briefkit's YAML is ({@link BoundedYaml}: at most 10 aliases to
 * lists or maps, flow collections nested at most 32 deep), to 1 MiB of YAML, and to at most 4 Mi
 * characters read through aliases to text.
 */
final class YamlNodes {
    static final int MAX_YAML_CHARS = 1 << 20;
    private static final long MAX_TEXT_READ = 4L << 20;

    private final Source source;
    private final FrontMatter front;
    private final int firstLine;
    private long textRead;

    /**
     * @param source the whole text, for messages
     * @param front  the front matter
     */
    YamlNodes(Source source, FrontMatter front) {
        this.source = source;
        this.front = front;
        this.firstLine = source.line(front.yamlStart());
    }

    /**
     * @return the root node, if the YAML holds anything
     * @throws MarkdownException when the YAML is too large, too deep or not valid
     */
    Optional<Node> compose() {
        String yaml = front.yaml();
        if (yaml.length() > MAX_YAML_CHARS) {
            throw source.error(front.yamlStart(), "the front matter is " + yaml.length()
                    + " characters long; the limit is " + MAX_YAML_CHARS);
        }
        int tooDeep = BoundedYaml.flowTooDeepAt(yaml);
        if (tooDeep >= 0) {
            throw source.error(front.yamlStart() + tooDeep, "front matter: lists and maps nest more than "
                    + BoundedYaml.MAX_FLOW_DEPTH + " levels deep here");
        }
        LoadSettings settings = BoundedYaml.settings(source.name(), MAX_YAML_CHARS);
        try {
            return new Compose(settings).composeString(yaml);
        } catch (MarkedYamlEngineException e) {
            String problem = firstLineOf(e.getProblem() == null ? e.getMessage() : e.getProblem());
            boolean atEnd = problem.contains("end of stream") || problem.contains("<stream end>");
            if (atEnd && e.getContext() != null && e.getContextMark().isPresent()) {
                // An unclosed quote or bracket is only found at the end; point at where it opened.
                throw error(e.getContextMark(), "not valid YAML: " + problem + " " + firstLineOf(e.getContext())
                        + " that is never closed", e);
            }
            Optional<Mark> mark = e.getProblemMark().or(e::getContextMark);
            boolean flow = problem.startsWith("expected ',' or") && !atEnd;
            String hint = flow ? " (inside [...] or {...}, put values that hold brackets, braces or commas"
                    + " in quotes)" : "";
            throw error(mark, "not valid YAML: " + problem + hint, e);
        } catch (YamlEngineException e) {
            throw error(Optional.empty(), "not valid YAML: " + firstLineOf(e.getMessage()), e);
        }
    }

    /**
     * @param node    where the problem is
     * @param problem what it is
     * @return an error at the node's line and column in the file
     */
    MarkdownException error(Node node, String problem) {
        return error(node.getStartMark(), problem, null);
    }

    private MarkdownException error(Optional<Mark> mark, String problem, Throwable cause) {
        int line = mark.map(m -> firstLine + m.getLine()).orElse(firstLine);
        int column = mark.map(m -> m.getColumn() + 1).orElse(1);
        return new MarkdownException(source.name(), line, column, "front matter: " + problem, cause);
    }

    /** @param node any node; @return whether it is an empty value ({@code key:} with nothing after it) */
    static boolean isNull(Node node) {
        return node instanceof ScalarNode scalar && scalar.getTag().equals(Tag.NULL);
    }

    /**
     * @param node a value
     * @param what the key it belongs to, for messages
     * @return its text
     * @throws MarkdownException when it is a list or a map
     */
    String text(Node node, String what) {
        if (!(node instanceof ScalarNode scalar)) {
            throw error(node, "'" + what + "' must be text, not " + describe(node));
        }
        String value = isNull(node) ? "" : scalar.getValue();
        textRead += value.length();
        if (textRead > MAX_TEXT_READ) {
            throw error(node, "the front matter expands to more than " + MAX_TEXT_READ
                    + " characters of text (through aliases); write the values out");
        }
        return TextCleaner.replaceControls(value);
    }

    /**
     * @param node a value
     * @return its items when it is a list, else the value itself as the only item
     */
    static List<Node> items(Node node) {
        return node instanceof SequenceNode list ? list.getValue() : List.of(node);
    }

    /**
     * @param node    a value that must be a map
     * @param what    the key it belongs to, for messages
     * @param allowed the keys it may have
     * @return its entries by key, in order
     * @throws MarkdownException when it is not a map, or has an unknown or repeated key
     */
    Map<String, Node> map(Node node, String what, Collection<String> allowed) {
        if (!(node instanceof MappingNode mapping)) {
            throw error(node, "'" + what + "' must be a map of " + String.join(", ", allowed) + ", not "
                    + describe(node));
        }
        Map<String, Node> entries = new LinkedHashMap<>();
        Map<String, Node> keys = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            Node keyNode = tuple.getKeyNode();
            if (!(keyNode instanceof ScalarNode scalar)) {
                throw error(keyNode, "a key in '" + what + "' must be text, not " + describe(keyNode));
            }
            String key = scalar.getValue();
            if (!allowed.contains(key)) {
                throw error(keyNode, "unknown key '" + key + "' in '" + what + "'" + Suggest.didYouMean(key, allowed)
                        + " (the keys are " + String.join(", ", allowed) + ")");
            }
            Node earlier = keys.put(key, keyNode);
            if (earlier != null) {
                throw error(keyNode, "key '" + key + "' appears twice in '" + what + "' (first on line "
                        + earlier.getStartMark().map(m -> firstLine + m.getLine()).orElse(firstLine) + ")");
            }
            entries.put(key, tuple.getValueNode());
        }
        return entries;
    }

    private static String describe(Node node) {
        if (node instanceof SequenceNode) {
            return "a list";
        }
        if (node instanceof MappingNode) {
            return "a map";
        }
        return "text";
    }

    private static String firstLineOf(String message) {
        String text = message == null ? "" : message.strip();
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }
}

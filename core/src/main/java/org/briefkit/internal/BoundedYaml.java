package org.briefkit.internal;

import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The bounds every YAML Briefkit reads is held to, front matter and theme files alike. SnakeYAML
 * Engine makes maps, lists and scalars only (no YAML tag names a class to build), and is bounded
 * here: at most {@value #MAX_ALIASES} aliases to lists or maps (a "billion laughs" document needs
 * thousands), no duplicate or recursive keys, a code point limit, and flow collections nested at
 * most {@value #MAX_FLOW_DEPTH} deep, checked before parsing because its composer recurses.
 */
public final class BoundedYaml {
    /** The most aliases to lists or maps one document may use. */
    public static final int MAX_ALIASES = 10;
    /** How deep {@code [} and {@code {} may nest. */
    public static final int MAX_FLOW_DEPTH = 32;

    private BoundedYaml() {
    }

    /**
     * @param label         the file's name, for SnakeYAML's own messages
     * @param maxCodePoints the longest input accepted
     * @return settings with every bound set
     */
    public static LoadSettings settings(String label, int maxCodePoints) {
        return LoadSettings.builder()
                .setLabel(label)
                .setAllowDuplicateKeys(false)
                .setAllowRecursiveKeys(false)
                .setMaxAliasesForCollections(MAX_ALIASES)
                .setCodePointLimit(maxCodePoints)
                .setUseMarks(true)
                .build();
    }

    /**
     * Scans for {@code [} and {@code {} outside quotes and comments, without parsing.
     *
     * @param yaml the YAML text
     * @return the offset of the first bracket or brace past {@link #MAX_FLOW_DEPTH} levels, or -1
     */
    public static int flowTooDeepAt(String yaml) {
        int depth = 0;
        char quote = 0;
        boolean comment = false;
        for (int i = 0; i < yaml.length(); i++) {
            char c = yaml.charAt(i);
            if (c == '\n') {
                comment = false;
            } else if (comment) {
                continue;
            } else if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else if (c == '\\' && quote == '"') {
                    i++;
                }
            } else if ((c == '"' || c == '\'') && (i == 0 || " \t\n:[{,-".indexOf(yaml.charAt(i - 1)) >= 0)) {
                quote = c;
            } else if (c == '#' && (i == 0 || Character.isWhitespace(yaml.charAt(i - 1)))) {
                comment = true;
            } else if (c == '[' || c == '{') {
                if (++depth > MAX_FLOW_DEPTH) {
                    return i;
                }
            } else if ((c == ']' || c == '}') && depth > 0) {
                depth--;
            }
        }
        return -1;
    }
}

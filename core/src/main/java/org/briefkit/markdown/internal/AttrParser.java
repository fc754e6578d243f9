package org.briefkit.markdown.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.briefkit.InvalidDocumentException;
import org.briefkit.model.Attr;

/**
 * Reads pandoc's attribute syntax, {@code {#id .class key=value key="a value"}}: an id, classes
 * and key/value pairs, separated by white space, values bare or in single or double quotes with
 * backslash escapes. A lone {@code -} is the class {@code unnumbered}, as in pandoc.
 */
final class AttrParser {
    private AttrParser() {
    }

    /**
     * @param text the attributes, with or without the braces
     * @return them
     * @throws Problem when the text is not attribute syntax, or an id or class is not valid
     */
    static Attr parse(String text) {
        String body = text.strip();
        if (body.startsWith("{")) {
            if (!body.endsWith("}")) {
                throw new Problem("attributes '" + text + "' have no closing '}'");
            }
            body = body.substring(1, body.length() - 1);
        }
        String id = "";
        List<String> classes = new ArrayList<>();
        Map<String, String> pairs = new LinkedHashMap<>();
        int i = 0;
        while (true) {
            i = skipSpace(body, i);
            if (i >= body.length()) {
                break;
            }
            char c = body.charAt(i);
            if (c == '#' || c == '.') {
                int end = wordEnd(body, i + 1);
                String word = body.substring(i + 1, end);
                if (word.isEmpty()) {
                    throw new Problem("'" + c + "' in attributes '" + text + "' has no name after it");
                }
                if (c == '#') {
                    if (!id.isEmpty()) {
                        throw new Problem("attributes '" + text + "' give two ids, '" + id + "' and '" + word + "'");
                    }
                    id = word;
                } else {
                    classes.add(word);
                }
                i = end;
            } else if (c == '-' && (i + 1 >= body.length() || Character.isWhitespace(body.charAt(i + 1)))) {
                classes.add("unnumbered");
                i++;
            } else {
                int end = keyEnd(body, i);
                if (end == i || end >= body.length() || body.charAt(end) != '=') {
                    throw new Problem("attributes '" + text + "' are not of the form {#id .class key=\"value\"}");
                }
                String key = body.substring(i, end);
                StringBuilder value = new StringBuilder();
                i = value(body, end + 1, value, text);
                pairs.put(key, value.toString());
            }
        }
        try {
            return new Attr(id, classes, pairs);
        } catch (InvalidDocumentException e) {
            throw new Problem("attributes '" + text + "': " + e.getMessage());
        }
    }

    /**
     * @param text text in braces
     * @return whether it is plainly meant as attributes, starting with an id or a class: such
     *         text that does not parse is an error, not text
     */
    static boolean looksLikeAttributes(String text) {
        String body = text.strip();
        return body.startsWith("{#") || body.startsWith("{.") || body.startsWith("{ #") || body.startsWith("{ .");
    }

    /** @return whether the text parses as attributes */
    static boolean isAttributes(String text) {
        try {
            parse(text);
            return true;
        } catch (Problem e) {
            return false;
        }
    }

    private static int value(String body, int start, StringBuilder out, String text) {
        if (start < body.length() && (body.charAt(start) == '"' || body.charAt(start) == '\'')) {
            char quote = body.charAt(start);
            int i = start + 1;
            while (i < body.length() && body.charAt(i) != quote) {
                if (body.charAt(i) == '\\' && i + 1 < body.length()) {
                    i++;
                }
                out.append(body.charAt(i));
                i++;
            }
            if (i >= body.length()) {
                throw new Problem("a quoted value in attributes '" + text + "' has no closing " + quote);
            }
            return i + 1;
        }
        int end = wordEnd(body, start);
        out.append(body, start, end);
        return end;
    }

    private static int skipSpace(String s, int i) {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int wordEnd(String s, int i) {
        while (i < s.length() && !Character.isWhitespace(s.charAt(i)) && s.charAt(i) != '}' && s.charAt(i) != '{'
                && s.charAt(i) != '"' && s.charAt(i) != '\'') {
            i++;
        }
        return i;
    }

    private static int keyEnd(String s, int i) {
        while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || "-_:.".indexOf(s.charAt(i)) >= 0)) {
            i++;
        }
        return i;
    }
}

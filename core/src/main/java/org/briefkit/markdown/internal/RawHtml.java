package org.briefkit.markdown.internal;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the reader makes of raw HTML, which it never passes on: HTML blocks and comments are
 * dropped whole; an inline {@code <br>} becomes a line break; any other inline tag is dropped and
 * the text between tags is kept, except between the tags of elements whose content is code or
 * markup rather than text ({@code script}, {@code style} and the like), which is dropped with them.
 */
final class RawHtml {
    private static final Pattern LINE_BREAK = Pattern.compile("<br\\s*/?>", Pattern.CASE_INSENSITIVE);
    private static final Pattern OPENING = Pattern.compile(
            "<(script|style|textarea|title|template|noscript|iframe|object|svg|math|select)(?=[\\s/>])[^>]*?(/?)>",
            Pattern.CASE_INSENSITIVE);

    private RawHtml() {
    }

    /** @param tag an inline HTML tag; @return whether it is {@code <br>} */
    static boolean isLineBreak(String tag) {
        return LINE_BREAK.matcher(tag.strip()).matches();
    }

    /**
     * @param tag an inline HTML tag
     * @return the element name when the tag opens an element whose content must be dropped with
     *         it, such as {@code script}; null otherwise
     */
    static String opensHiddenContent(String tag) {
        Matcher opening = OPENING.matcher(tag.strip());
        return opening.matches() && opening.group(2).isEmpty() ? opening.group(1).toLowerCase(Locale.ROOT) : null;
    }

    /** @param node an inline node; @param name an element name; @return whether the node is a tag that closes it */
    static boolean closes(com.vladsch.flexmark.util.ast.Node node, String name) {
        return node instanceof com.vladsch.flexmark.ast.HtmlInline
                && node.getChars().toString().strip().toLowerCase(Locale.ROOT).matches("</" + name + "\\s*>");
    }
}

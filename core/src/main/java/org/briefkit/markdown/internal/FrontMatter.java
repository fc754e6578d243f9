package org.briefkit.markdown.internal;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A YAML front matter block at the very top of the text: a line {@code ---}, then (on the next
 * line, not blank) the YAML, then a line {@code ---} or {@code ...}. As in pandoc, a {@code ---}
 * followed by a blank line is a thematic break, not front matter.
 *
 * @param yaml      the YAML between the fences
 * @param yamlStart the offset of the YAML's first character
 * @param end       the offset just after the closing fence's line
 */
record FrontMatter(String yaml, int yamlStart, int end) {
    private static final Pattern OPENING = Pattern.compile("---[ \\t]*\n(?![ \\t]*(\n|$))");
    private static final Pattern CLOSING = Pattern.compile("^(---|\\.\\.\\.)[ \\t]*$", Pattern.MULTILINE);

    /**
     * @param source the whole text
     * @return its front matter, if it has one
     * @throws org.briefkit.markdown.MarkdownException when front matter opens and never closes
     */
    static Optional<FrontMatter> find(Source source) {
        String text = source.text();
        Matcher opening = OPENING.matcher(text);
        if (!opening.lookingAt()) {
            return Optional.empty();
        }
        int yamlStart = opening.end();
        Matcher closing = CLOSING.matcher(text);
        if (!closing.find(yamlStart)) {
            throw source.error(0, "front matter starts here but has no closing '---' line; end it with a line"
                    + " of three dashes, or leave a blank line after a thematic break");
        }
        int end = text.indexOf('\n', closing.end());
        return Optional.of(new FrontMatter(text.substring(yamlStart, closing.start()), yamlStart,
                end < 0 ? text.length() : end + 1));
    }

    /**
     * @param text the whole text
     * @param end  where the header (front matter or title block) ends
     * @return the text with everything before {@code end} blanked out (every character but line
     *         feeds made a space), so the Markdown parser skips it and its offsets still match the
     *         file's
     */
    static String blankOut(String text, int end) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < end; i++) {
            if (chars[i] != '\n') {
                chars[i] = ' ';
            }
        }
        return new String(chars);
    }
}

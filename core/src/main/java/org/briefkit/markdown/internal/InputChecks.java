package org.briefkit.markdown.internal;

import java.util.regex.Pattern;
import org.briefkit.markdown.MarkdownLimits;

/**
 * Checks made on the text before the parser sees it, each cheap and line by line: no line longer
 * than the limit, no line that opens more nested block quotes and lists than the nesting limit
 * ({@code > > > ...} or {@code - - - ... text}), and no more fenced divs open at once than the
 * limit. The last two spare the parser work that would be refused anyway, and that costs it time
 * growing with the square (lists, quotes) or the cube (divs) of the depth.
 */
final class InputChecks {
    private static final Pattern THEMATIC_BREAK =
            Pattern.compile(" {0,3}(?:(?:-[ \\t]*){3,}|(?:\\*[ \\t]*){3,}|(?:_[ \\t]*){3,})");
    private static final Pattern FENCE = Pattern.compile(" {0,3}(`{3,}|~{3,}).*");

    private InputChecks() {
    }

    /**
     * @param source the text
     * @param limits the limits to hold it to
     * @throws org.briefkit.markdown.MarkdownException at the first line over a limit
     */
    static void check(Source source, MarkdownLimits limits) {
        String text = source.text();
        String fence = null;
        int openDivs = 0;
        for (int line = 1; line <= source.lineCount(); line++) {
            int start = source.lineStart(line);
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            if (end - start > limits.maxLineLength()) {
                throw source.error(start + limits.maxLineLength(), "this line is " + (end - start)
                        + " characters long; the limit is " + limits.maxLineLength()
                        + " (MarkdownLimits.maxLineLength); break it into shorter lines");
            }
            String content = text.substring(start, end);
            var fenceLine = FENCE.matcher(content);
            if (fence != null) {
                if (closes(content, fence)) {
                    fence = null;
                }
                continue;
            }
            if (fenceLine.matches()) {
                fence = fenceLine.group(1);
                continue;
            }
            int colon = content.indexOf(':');
            if (colon >= 0 && colon < 4 && content.startsWith(":::", colon)) {
                if (FencedDivParser.CLOSING.matcher(content).matches()) {
                    openDivs = Math.max(0, openDivs - 1);
                } else if (FencedDivParser.OPENING.matcher(content).matches() && ++openDivs > limits.maxDepth()) {
                    throw source.error(start + colon, "fenced divs nest more than " + limits.maxDepth()
                            + " levels deep here; the limit is " + limits.maxDepth() + " (MarkdownLimits.maxDepth)");
                }
            }
            int deepest = containerMarkerBeyond(content, limits.maxDepth());
            if (deepest >= 0) {
                throw source.error(start + deepest, "block quotes and lists nest more than " + limits.maxDepth()
                        + " levels deep on this line; the limit is " + limits.maxDepth()
                        + " (MarkdownLimits.maxDepth)");
            }
        }
    }

    /** @return whether the line is a closing fence for an opening {@code fence} */
    private static boolean closes(String line, String fence) {
        String stripped = line.strip();
        return stripped.length() >= fence.length() && stripped.chars().allMatch(c -> c == fence.charAt(0))
                && line.length() - line.stripLeading().length() < 4;
    }

    /**
     * @return the index of the block quote or list marker that opens level {@code limit + 1}, or
     *         -1 when the line opens no more than {@code limit} levels
     */
    private static int containerMarkerBeyond(String line, int limit) {
        if (line.length() <= limit || THEMATIC_BREAK.matcher(line).matches()) {
            return -1;
        }
        int i = 0;
        int spaces = 0;
        while (i < line.length() && line.charAt(i) == ' ' && spaces < 3) {
            i++;
            spaces++;
        }
        int levels = 0;
        while (i < line.length()) {
            int marker = markerLength(line, i);
            if (marker == 0) {
                return -1;
            }
            if (++levels > limit) {
                return i;
            }
            i += marker;
            while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
                i++;
            }
        }
        return -1;
    }

    /** @return the length of a block quote or list marker at {@code i}, or 0 when there is none */
    private static int markerLength(String line, int i) {
        char c = line.charAt(i);
        if (c == '>') {
            return 1;
        }
        if ((c == '-' || c == '+' || c == '*') && i + 1 < line.length() && isSpace(line.charAt(i + 1))) {
            return 1;
        }
        int j = i;
        while (j < line.length() && j - i < 9 && Character.isDigit(line.charAt(j)) && line.charAt(j) < 128) {
            j++;
        }
        if (j > i && j + 1 < line.length() && (line.charAt(j) == '.' || line.charAt(j) == ')')
                && isSpace(line.charAt(j + 1))) {
            return j + 1 - i;
        }
        return 0;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t';
    }
}

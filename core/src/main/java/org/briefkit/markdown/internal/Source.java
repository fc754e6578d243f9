package org.briefkit.markdown.internal;

import java.util.Arrays;
import org.briefkit.markdown.MarkdownException;

/**
 * The text being read, with its name, and the means to turn an offset into a line and column.
 * Line ends are LF only (the reader folds CR and CRLF first), so offsets and lines agree with
 * what an editor shows.
 */
final class Source {
    private final String name;
    private final String text;
    private final int[] lineStarts;

    /**
     * @param name the file name for messages
     * @param text the whole text, line ends folded to LF
     */
    Source(String name, String text) {
        this.name = name;
        this.text = text;
        int[] starts = new int[16];
        int count = 0;
        starts[count++] = 0;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
            }
            starts[count++] = i + 1;
        }
        this.lineStarts = Arrays.copyOf(starts, count);
    }

    /** @return the name used in messages */
    String name() {
        return name;
    }

    /** @return the whole text */
    String text() {
        return text;
    }

    /** @param offset a char offset into the text; @return its line, from 1 */
    int line(int offset) {
        int at = Arrays.binarySearch(lineStarts, clamp(offset));
        return at >= 0 ? at + 1 : -at - 1;
    }

    /** @param offset a char offset into the text; @return its column, from 1, in code points */
    int column(int offset) {
        int clamped = clamp(offset);
        int start = lineStarts[line(clamped) - 1];
        return text.codePointCount(start, clamped) + 1;
    }

    /** @param line a line number from 1; @return the offset where it starts */
    int lineStart(int line) {
        return lineStarts[Math.max(0, Math.min(line, lineStarts.length) - 1)];
    }

    /** @return how many lines the text has */
    int lineCount() {
        return lineStarts.length;
    }

    /**
     * @param offset  where the problem is
     * @param problem what it is
     * @return an exception naming this file, and the line and column of the offset
     */
    MarkdownException error(int offset, String problem) {
        return new MarkdownException(name, line(offset), column(offset), problem);
    }

    /**
     * @param offset  where the problem is
     * @param problem what it is
     * @param cause   the lower-level failure
     * @return an exception naming this file, and the line and column of the offset
     */
    MarkdownException error(int offset, String problem, Throwable cause) {
        return new MarkdownException(name, line(offset), column(offset), problem, cause);
    }

    private int clamp(int offset) {
        return Math.max(0, Math.min(offset, text.length()));
    }
}

package org.briefkit.markdown;

import org.briefkit.BriefkitException;

/**
 * Markdown that could not be read, with the place to look: the file, and the 1-based line and
 * column in it (front matter included). The message reads {@code file:line:column: problem}, the
 * form editors and build tools turn into a link.
 */
public class MarkdownException extends BriefkitException {
    private static final long serialVersionUID = 1L;
    private final String file;
    private final int line;
    private final int column;
    private final String problem;

    /**
     * @param file    the file's name as the caller gave it
     * @param line    the line, from 1
     * @param column  the column, from 1, counted in characters (code points)
     * @param problem what is wrong and, where it helps, how to fix it
     */
    public MarkdownException(String file, int line, int column, String problem) {
        this(file, line, column, problem, null);
    }

    /**
     * @param file    the file's name as the caller gave it
     * @param line    the line, from 1
     * @param column  the column, from 1, counted in characters (code points)
     * @param problem what is wrong and, where it helps, how to fix it
     * @param cause   the lower-level failure, or null
     */
    public MarkdownException(String file, int line, int column, String problem, Throwable cause) {
        super(file + ":" + line + ":" + column + ": " + problem, cause);
        this.file = file;
        this.line = line;
        this.column = column;
        this.problem = problem;
    }

    /** @return the file's name as the caller gave it */
    public String file() {
        return file;
    }

    /** @return the line, from 1 */
    public int line() {
        return line;
    }

    /** @return the column, from 1 */
    public int column() {
        return column;
    }

    /** @return what is wrong, without the position */
    public String problem() {
        return problem;
    }
}

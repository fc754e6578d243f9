package org.briefkit.markdown.internal;

/**
 * A problem found inside the flexmark parser, at a known offset: thrown out of the parser and
 * reported as a {@link org.briefkit.markdown.MarkdownException} at that offset.
 */
final class SyntaxProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int offset;

    /**
     * @param offset  where in the text
     * @param message what is wrong
     */
    SyntaxProblem(int offset, String message) {
        super(message, null, false, false);
        this.offset = offset;
    }

    /** @return where in the text */
    int offset() {
        return offset;
    }
}

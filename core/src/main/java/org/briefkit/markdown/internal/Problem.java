package org.briefkit.markdown.internal;

/**
 * A problem found by a helper that does not know where in the file it is; the caller that does
 * catches it and reports it as a {@link org.briefkit.markdown.MarkdownException} with the position.
 */
final class Problem extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message what is wrong, for the user */
    Problem(String message) {
        super(message, null, false, false);
    }
}

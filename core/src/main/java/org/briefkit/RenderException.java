package org.briefkit;

/**
 * A renderer could not write a document: an image it cannot decode, a character no font has
 * (in strict mode), a failing output stream. The message names the block at fault where one is.
 */
public class RenderException extends BriefkitException {
    private static final long serialVersionUID = 1L;

    /** @param message what went wrong, and where */
    public RenderException(String message) {
        super(message);
    }

    /**
     * @param message what went wrong, and where
     * @param cause   the lower-level failure
     */
    public RenderException(String message, Throwable cause) {
        super(message, cause);
    }
}

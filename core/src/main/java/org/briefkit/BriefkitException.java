package org.briefkit;

/**
 * The root of every exception Briefkit throws on purpose. A caller that renders untrusted
 * documents catches this one type; its message always names the problem and where it is.
 */
public class BriefkitException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message what went wrong, and where */
    public BriefkitException(String message) {
        super(message);
    }

    /**
     * @param message what went wrong, and where
     * @param cause   the lower-level failure
     */
    public BriefkitException(String message, Throwable cause) {
        super(message, cause);
    }
}

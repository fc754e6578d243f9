package org.briefkit.theme;

import org.briefkit.BriefkitException;

/** A theme value out of range, or a theme file that cannot be read; the message names the setting. */
public class ThemeException extends BriefkitException {
    private static final long serialVersionUID = 1L;

    /** @param setting the setting at fault; @param problem what is wrong with it */
    public ThemeException(String setting, String problem) {
        super("theme." + setting + ": " + problem);
    }

    /** @param message what went wrong; @param cause the lower-level failure */
    public ThemeException(String message, Throwable cause) {
        super(message, cause);
    }
}

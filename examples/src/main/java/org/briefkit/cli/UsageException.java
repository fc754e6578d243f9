package org.briefkit.cli;

/** The command line was not understood: exit code 2, with the usage to fix it. */
final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}

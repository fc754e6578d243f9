package org.briefkit.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.briefkit.BriefkitException;
import org.briefkit.render.FileProblems;

/**
 * What the command line prints when something fails: what failed, in words, with the path the
 * user gave, never a Java exception's class name or an internal temporary file.
 */
final class FailureMessages {
    private FailureMessages() {
    }

    /**
     * @param file the file being read or written when it failed
     * @param e    why it failed
     * @return the reason, in words
     */
    static String of(Path file, Throwable e) {
        if (e instanceof BriefkitException) {
            return e.getMessage();
        }
        if (e instanceof IOException io) {
            // AtomicFiles has already said which file and why ("cannot write out/x.pdf: the disk is full").
            return io.getCause() instanceof IOException && io.getMessage() != null ? io.getMessage()
                    : "cannot write " + file + ": " + FileProblems.reason(file, io);
        }
        return "internal error (" + (e.getMessage() == null ? "no details" : e.getMessage())
                + "); please report it with the input that caused it";
    }
}

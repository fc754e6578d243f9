package org.briefkit.markdown.internal;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.briefkit.markdown.MarkdownException;

/**
 * Runs one read on a thread of its own with a large stack and waits for it: until it ends, or, when
 * the read has a deadline, no longer than that.
 *
 * <p>The stack: flexmark's parser recurses on nested emphasis, long runs of delimiters and deep
 * block nesting, and small hostile inputs overflow a default 512 KB stack. A 512 MB stack is
 * address space reserved, not memory used: pages are committed only as deep recursion touches them.
 *
 * <p>Without a deadline, the read itself guards its cost: it counts its work ({@link Progress})
 * and stops past the budget, so waiting for it is bounded by the input, not by a clock. With a
 * deadline, past it the waiter cancels the read through {@link Progress}, which the reading thread
 * checks as it goes (through {@link WatchedText} inside the parser), and reports where the read had
 * got to. The thread is a daemon, so a read stuck outside any check cannot keep the JVM alive.
 */
final class BigStackRunner {
    private static final long STACK_BYTES = 512L << 20;

    private BigStackRunner() {
    }

    /**
     * @param name     the file name, for messages before the text is read
     * @param progress shared with the task, to cancel it and to say where it was; holds the deadline
     * @param task     the read
     * @return what the task returned
     * @throws MarkdownException what the task threw, or a deadline error at the place the task had reached
     */
    static <T> T run(String name, Progress progress, Callable<T> task) {
        FutureTask<T> future = new FutureTask<>(task);
        Thread thread = new Thread(null, future, "briefkit-markdown", STACK_BYTES);
        thread.setDaemon(true);
        thread.start();
        try {
            if (progress.deadline().isEmpty()) {
                return future.get();
            }
            return future.get(Progress.nanos(progress.deadline().get()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            progress.cancel();
            throw progress.pastDeadline(name);
        } catch (InterruptedException e) {
            progress.cancel();
            Thread.currentThread().interrupt();
            throw new MarkdownException(name, 1, 1, "reading was interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new MarkdownException(name, 1, 1, "reading failed: " + cause, cause);
        }
    }
}

package org.briefkit.markdown.internal;

/**
 * How far one read has come, shared between the thread that reads and the one that waits for it:
 * where in the text the work is, what it is doing, and whether the waiter has given up. The reading
 * thread checks {@link #check()} often; once the waiter cancels, the next check stops the work.
 */
final class Progress {
    private final long deadline;
    private volatile int offset;
    private volatile String phase = "reading";
    private volatile boolean cancelled;
    private volatile Source source;

    /** @param limit how long the read may take, from now */
    Progress(java.time.Duration limit) {
        deadline = System.nanoTime() + limit.toNanos();
    }

    /** @return the time left before the limit; zero or negative once it has passed */
    java.time.Duration remaining() {
        return java.time.Duration.ofNanos(deadline - System.nanoTime());
    }

    /** @param at the offset being worked on */
    void at(int at) {
        offset = at;
    }

    /** @param now what the reader is doing, for a timeout message, such as "parsing" */
    void phase(String now) {
        phase = now;
    }

    /** @return the last offset reported */
    int offset() {
        return offset;
    }

    /** @return what the reader was last doing */
    String phase() {
        return phase;
    }

    /** @param text the text once decoded, so that a timeout can say where the read was */
    void source(Source text) {
        source = text;
    }

    /**
     * @param name  the file name
     * @param limit the time limit that passed
     * @return the error that says the read took too long, and where it was
     */
    org.briefkit.markdown.MarkdownException timeout(String name, java.time.Duration limit) {
        String problem = "reading did not finish within " + seconds(limit) + " (MarkdownLimits.parseTimeLimit); it was "
                + phase + " near here. Simplify the Markdown near this line, or raise the limit";
        Source text = source;
        return text == null ? new org.briefkit.markdown.MarkdownException(name, 1, 1, problem)
                : text.error(offset, problem);
    }

    private static String seconds(java.time.Duration limit) {
        return limit.toMillis() % 1000 == 0 ? limit.toSeconds() + " s" : limit.toMillis() + " ms";
    }

    /** Asks the reading thread to stop at its next check. */
    void cancel() {
        cancelled = true;
    }

    /** @throws Cancelled when the waiter has given up */
    void check() {
        if (cancelled) {
            throw new Cancelled();
        }
    }

    /** Unwinds the reading thread after its read was cancelled; nobody reports it. */
    static final class Cancelled extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Cancelled() {
            super("cancelled", null, false, false);
        }
    }
}

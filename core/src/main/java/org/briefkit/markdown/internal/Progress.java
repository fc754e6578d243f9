package org.briefkit.markdown.internal;

import java.time.Duration;
import java.util.Optional;
import org.briefkit.markdown.MarkdownException;
import org.briefkit.markdown.MarkdownLimits;

/**
 * How far one read has come, shared between the thread that reads and the one that waits for it:
 * where in the text the work is, how much work it has done, what it is doing, and whether the
 * waiter has given up.
 *
 * <p>The reading thread reports its work with {@link #spend}; past the budget the read stops with a
 * {@link MarkdownException} at the offset reported. Work is counted by the reading thread alone
 * and only in its own steps, so the same input stops at the same place on any machine under any
 * load. The optional deadline is the waiter's: once it passes, it cancels, and the next check on
 * the reading thread unwinds it.
 */
final class Progress {
    private static final Duration CENTURY = Duration.ofDays(36_525);
    private final Optional<Duration> deadline;
    private final long deadlineNanos;
    private volatile int offset;
    private volatile String phase = "reading";
    private volatile boolean cancelled;
    private volatile Source source;
    private long budget = Long.MAX_VALUE;
    private long work;

    /** @param deadline how long the read may take by the clock, from now; empty for no limit */
    Progress(Optional<Duration> deadline) {
        this.deadline = deadline;
        this.deadlineNanos = deadline.map(limit -> System.nanoTime() + nanos(limit)).orElse(0L);
    }

    /** @param limit a duration; @return it in nanoseconds, a century at most, so that sums cannot overflow */
    static long nanos(Duration limit) {
        return limit.compareTo(CENTURY) > 0 ? CENTURY.toNanos() : limit.toNanos();
    }

    /** @return the time left before the deadline (zero or negative once it has passed); empty when there is none */
    Optional<Duration> remaining() {
        return deadline.map(limit -> Duration.ofNanos(deadlineNanos - System.nanoTime()));
    }

    /** @return the deadline, if the read has one */
    Optional<Duration> deadline() {
        return deadline;
    }

    /** @param at the offset being worked on */
    void at(int at) {
        offset = at;
    }

    /** @param now what the reader is doing, for a message, such as "parsing" */
    void phase(String now) {
        phase = now;
    }

    /** @return the last offset reported */
    int offset() {
        return offset;
    }

    /**
     * @param text  the text once decoded, so that errors can say where the read was
     * @param units the work the read may do from here on
     */
    void source(Source text, long units) {
        source = text;
        budget = units;
    }

    /** @return the work done so far, in the units of {@link MarkdownLimits} */
    long work() {
        return work;
    }

    /**
     * Counts work done by the reading thread, notes where it is, and stops it when the work is past
     * the budget or the waiter has given up.
     *
     * @param units work done since the last report: characters examined, nodes visited
     * @param at    the offset reached
     * @throws MarkdownException at {@code at} when the work is past the budget
     */
    void spend(long units, int at) {
        offset = at;
        work += units;
        if (work > budget) {
            throw overBudget(at);
        }
        check();
    }

    private MarkdownException overBudget(int at) {
        String problem = "reading needs more work than the limit allows: " + work + " units (characters the parser"
                + " examined and nodes converted) by the time it was " + phase + " near here, past the budget of "
                + budget + " (MarkdownLimits.workPerCharacter × (characters + "
                + MarkdownLimits.WORK_FLOOR_CHARACTERS + ")). Deep nesting and long runs of unclosed links, brackets,"
                + " backticks or emphasis cost the parser most: simplify the Markdown near this line, or raise the"
                + " limit with MarkdownLimits.withWorkPerCharacter";
        Source text = source;
        return text == null ? new MarkdownException("<markdown>", 1, 1, problem) : text.error(at, problem);
    }

    /**
     * @param name the file name
     * @return the error that says the read passed its deadline, and where it was
     */
    MarkdownException pastDeadline(String name) {
        String problem = "reading did not finish within " + deadline.map(Progress::seconds).orElse("its deadline")
                + " (MarkdownLimits.deadline); it was " + phase + " near here. Simplify the Markdown near this line,"
                + " or give the read a later deadline with MarkdownLimits.withDeadline";
        Source text = source;
        return text == null ? new MarkdownException(name, 1, 1, problem) : text.error(offset, problem);
    }

    private static String seconds(Duration limit) {
        if (limit.getNano() == 0) {
            return limit.getSeconds() + " s";
        }
        return limit.getSeconds() == 0 && limit.getNano() % 1_000_000 != 0 ? limit.getNano() + " ns"
                : limit.toMillis() + " ms";
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

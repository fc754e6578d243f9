package org.briefkit.markdown;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.briefkit.InvalidDocumentException;
import org.briefkit.model.Document;

/**
 * Bounds that keep hostile or broken Markdown from exhausting memory, the stack or the processor.
 * Input beyond a limit is refused with a {@link MarkdownException} that names the limit and where
 * the read had got to.
 *
 * <p>Every default limit counts work, never time, so the same input gets the same answer on any
 * machine under any load: a document that reads on an idle laptop reads on a server running fifty
 * renders at once, and a hostile one is refused at the same line on both. Work is counted in
 * characters the parser examines (each time it looks at one, so a character scanned ten times
 * counts ten) plus one for each node of the tree surveyed and converted.
 *
 * <p>The work budget grows with the input: {@code workPerCharacter × (characters + }{@value
 * #WORK_FLOOR_CHARACTERS}{@code )}. Legitimate Markdown costs the parser a few units per character
 * (pandoc's 300 KB manual about 6, the worst of the test corpus about 10, a 10 MB paragraph of
 * links and emphasis about 9): its cost grows in line with its length. Input built to make the
 * parser scan again and again (thousands of unclosed links or backtick runs) costs a number of
 * units that grows with the square of its length, so a budget proportional to the length refuses
 * it after a bounded amount of work, whatever its size. The floor lets short documents use a fixed
 * amount of work, since their constant costs (the front matter, a table's header) weigh more.
 *
 * <p>A wall-clock deadline is available for servers that must answer within a time, off by
 * default: it gives different answers on a busy machine than on an idle one.
 *
 * @param maxInputBytes    the largest input accepted, in bytes of UTF-8; default 16 MiB
 * @param maxLineLength    the longest line accepted, in characters; default 1 Mi (1,048,576)
 * @param maxDepth         how deep blocks and inlines may nest (a quote in a list in a quote...,
 *                         emphasis in a link in a note...), from 1 to {@link Document#MAX_DEPTH};
 *                         default {@link Document#MAX_DEPTH}
 * @param workPerCharacter the work one read may do, in units per character of input (see above);
 *                         default {@value #DEFAULT_WORK_PER_CHARACTER}, at least 5 times what any
 *                         legitimate document measured needs
 * @param deadline         how long one read may take by the clock, parsing, converting and loading
 *                         images included; default none
 */
public record MarkdownLimits(long maxInputBytes, int maxLineLength, int maxDepth, int workPerCharacter,
        Optional<Duration> deadline) {
    /** The default work per character of input: see the class description for why. */
    public static final int DEFAULT_WORK_PER_CHARACTER = 50;

    /** Characters added to the input's length before the work budget is computed. */
    public static final int WORK_FLOOR_CHARACTERS = 1 << 16;

    /** 16 MiB, lines of up to 1,048,576 characters, nesting up to 100 levels, 50 units of work per character, no deadline. */
    public static final MarkdownLimits DEFAULT = new MarkdownLimits(16L << 20, 1 << 20, Document.MAX_DEPTH,
            DEFAULT_WORK_PER_CHARACTER, Optional.empty());

    /** Checks that every limit is positive and the depth is one the model accepts. */
    public MarkdownLimits {
        if (maxInputBytes <= 0 || maxLineLength <= 0) {
            throw new InvalidDocumentException("markdownLimits", "sizes must be positive");
        }
        if (maxDepth < 1 || maxDepth > Document.MAX_DEPTH) {
            throw new InvalidDocumentException("markdownLimits.maxDepth",
                    maxDepth + " is outside 1.." + Document.MAX_DEPTH);
        }
        if (workPerCharacter < 1) {
            throw new InvalidDocumentException("markdownLimits.workPerCharacter",
                    workPerCharacter + " is not positive");
        }
        Objects.requireNonNull(deadline, "deadline");
        if (deadline.isPresent() && (deadline.get().isNegative() || deadline.get().isZero())) {
            throw new InvalidDocumentException("markdownLimits.deadline", "must be a positive duration");
        }
    }

    /**
     * @param characters the length of the text read, in chars
     * @return the work a read of that text may do: {@code workPerCharacter × (characters +
     *         WORK_FLOOR_CHARACTERS)}
     */
    public long workBudget(int characters) {
        return (long) workPerCharacter * ((long) characters + WORK_FLOOR_CHARACTERS);
    }

    /** @param bytes the largest input; @return these limits with that one changed */
    public MarkdownLimits withMaxInputBytes(long bytes) {
        return new MarkdownLimits(bytes, maxLineLength, maxDepth, workPerCharacter, deadline);
    }

    /** @param characters the longest line; @return these limits with that one changed */
    public MarkdownLimits withMaxLineLength(int characters) {
        return new MarkdownLimits(maxInputBytes, characters, maxDepth, workPerCharacter, deadline);
    }

    /** @param levels the deepest nesting; @return these limits with that one changed */
    public MarkdownLimits withMaxDepth(int levels) {
        return new MarkdownLimits(maxInputBytes, maxLineLength, levels, workPerCharacter, deadline);
    }

    /** @param units the work allowed per character of input; @return these limits with that one changed */
    public MarkdownLimits withWorkPerCharacter(int units) {
        return new MarkdownLimits(maxInputBytes, maxLineLength, maxDepth, units, deadline);
    }

    /**
     * For servers that must answer within a time whatever the input: a read still running when the
     * deadline passes is stopped with a {@link MarkdownException} at the place it had reached. The
     * same document may then read on an idle machine and fail on a busy one; the work budget, which
     * does not depend on load, is what guards against hostile input.
     *
     * @param limit how long a read may take by the clock
     * @return these limits with that deadline
     */
    public MarkdownLimits withDeadline(Duration limit) {
        return new MarkdownLimits(maxInputBytes, maxLineLength, maxDepth, workPerCharacter,
                Optional.of(Objects.requireNonNull(limit, "limit")));
    }

    /** @return these limits with no deadline, the default */
    public MarkdownLimits withoutDeadline() {
        return new MarkdownLimits(maxInputBytes, maxLineLength, maxDepth, workPerCharacter, Optional.empty());
    }
}

package org.briefkit.markdown;

import java.time.Duration;
import org.briefkit.InvalidDocumentException;
import org.briefkit.model.Document;

/**
 * Bounds that keep hostile or broken Markdown from exhausting memory, the stack or time. Input
 * beyond a limit is refused with a {@link MarkdownException} that names the limit.
 *
 * @param maxInputBytes  the largest input accepted, in bytes of UTF-8; default 16 MiB
 * @param maxLineLength  the longest line accepted, in characters; default 1 Mi (1,048,576)
 * @param maxDepth       how deep blocks and inlines may nest (a quote in a list in a quote...,
 *                       emphasis in a link in a note...), from 1 to {@link Document#MAX_DEPTH};
 *                       default {@link Document#MAX_DEPTH}
 * @param parseTimeLimit how long one read may take, parsing, converting and loading images
 *                       included; default 10 seconds
 */
public record MarkdownLimits(long maxInputBytes, int maxLineLength, int maxDepth, Duration parseTimeLimit) {
    /** 16 MiB, lines of up to 1,048,576 characters, nesting up to 100 levels, 10 seconds. */
    public static final MarkdownLimits DEFAULT =
            new MarkdownLimits(16L << 20, 1 << 20, Document.MAX_DEPTH, Duration.ofSeconds(10));

    /** Checks that every limit is positive and the depth is one the model accepts. */
    public MarkdownLimits {
        if (maxInputBytes <= 0 || maxLineLength <= 0) {
            throw new InvalidDocumentException("markdownLimits", "sizes must be positive");
        }
        if (maxDepth < 1 || maxDepth > Document.MAX_DEPTH) {
            throw new InvalidDocumentException("markdownLimits.maxDepth",
                    maxDepth + " is outside 1.." + Document.MAX_DEPTH);
        }
        if (parseTimeLimit == null || parseTimeLimit.isNegative() || parseTimeLimit.isZero()) {
            throw new InvalidDocumentException("markdownLimits.parseTimeLimit", "must be a positive duration");
        }
    }

    /** @param bytes the largest input; @return these limits with that one changed */
    public MarkdownLimits withMaxInputBytes(long bytes) {
        return new MarkdownLimits(bytes, maxLineLength, maxDepth, parseTimeLimit);
    }

    /** @param characters the longest line; @return these limits with that one changed */
    public MarkdownLimits withMaxLineLength(int characters) {
        return new MarkdownLimits(maxInputBytes, characters, maxDepth, parseTimeLimit);
    }

    /** @param levels the deepest nesting; @return these limits with that one changed */
    public MarkdownLimits withMaxDepth(int levels) {
        return new MarkdownLimits(maxInputBytes, maxLineLength, levels, parseTimeLimit);
    }

    /** @param limit the longest a read may take; @return these limits with that one changed */
    public MarkdownLimits withParseTimeLimit(Duration limit) {
        return new MarkdownLimits(maxInputBytes, maxLineLength, maxDepth, limit);
    }
}

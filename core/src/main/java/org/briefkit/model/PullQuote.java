package org.briefkit.model;

import java.util.List;

/**
 * A short passage repeated in large type to catch the eye, as magazines and reports do.
 *
 * @param content     the quoted words
 * @param attribution who said it; empty for none
 */
public record PullQuote(List<Inline> content, List<Inline> attribution) implements Block {
    /** Copies the content and attribution; a pull quote has words. */
    public PullQuote {
        content = Checks.nonEmpty("pullQuote.content", content);
        attribution = Checks.list("pullQuote.attribution", attribution);
    }

    @Override
    public <R> R accept(BlockVisitor<R> visitor) {
        return visitor.visitPullQuote(this);
    }
}

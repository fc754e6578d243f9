package org.briefkit.model;

import java.util.List;

/**
 * A quotation set off from the text, with an optional attribution ("Jane Doe, senior fellow").
 *
 * @param content     the quoted blocks
 * @param attribution who said it; empty for none
 */
public record BlockQuote(List<Block> content, List<Inline> attribution) implements Block {
    /** Copies the content and attribution. */
    public BlockQuote {
        content = Checks.list("blockQuote.content", content);
        attribution = Checks.list("blockQuote.attribution", attribution);
    }

    @Override
    public <R> R accept(BlockVisitor<R> visitor) {
        return visitor.visitBlockQuote(this);
    }
}

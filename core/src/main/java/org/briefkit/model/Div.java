package org.briefkit.model;

import java.util.List;

/**
 * A generic container of blocks with attributes, for what has no kind of its own: a class such
 * as {@code {.custom-style}} reaches both renderers through it.
 *
 * @param attr    id, classes and key/values
 * @param content the blocks inside
 */
public record Div(Attr attr, List<Block> content) implements Block {
    /** Copies the content. */
    public Div {
        attr = Checks.present("div.attr", attr);
        content = Checks.list("div.content", content);
    }

    @Override
    public <R> R accept(BlockVisitor<R> visitor) {
        return visitor.visitDiv(this);
    }
}

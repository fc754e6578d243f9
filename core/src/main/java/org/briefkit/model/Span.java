package org.briefkit.model;

import java.util.List;

/**
 * A generic run of inlines with attributes, for what has no kind of its own: a class such as
 * {@code [text]{.custom-style}} reaches both renderers through it.
 *
 * @param attr    id, classes and key/values
 * @param content the inlines inside
 */
public record Span(Attr attr, List<Inline> content) implements Inline {
    /** Copies the content. */
    public Span {
        attr = Checks.present("span.attr", attr);
        content = Checks.list("span.content", content);
    }

    @Override
    public <R> R accept(InlineVisitor<R> visitor) {
        return visitor.visitSpan(this);
    }
}

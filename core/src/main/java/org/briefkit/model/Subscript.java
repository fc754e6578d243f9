package org.briefkit.model;

import java.util.List;

/**
 * Lowered, smaller text, as in H<sub>2</sub>O.
 *
 * @param content the inlines affected
 */
public record Subscript(List<Inline> content) implements Inline {
    /** Copies the content. */
    public Subscript {
        content = Checks.list("subscript.content", content);
    }

    /** @param content inlines; @return them, wrapped */
    public static Subscript of(Inline... content) {
        return new Subscript(List.of(content));
    }

    /** @param text plain text; @return it, wrapped */
    public static Subscript of(String text) {
        return new Subscript(List.of(new Text(text)));
    }

    @Override
    public <R> R accept(InlineVisitor<R> visitor) {
        return visitor.visitSubscript(this);
    }
}

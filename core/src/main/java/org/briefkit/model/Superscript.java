package org.briefkit.model;

import java.util.List;

/**
 * Raised, smaller text, as in 10<sup>th</sup>.
 *
 * @param content the inlines affected
 */
public record Superscript(List<Inline> content) implements Inline {
    /** Copies the content. */
    public Superscript {
        content = Checks.list("superscript.content", content);
    }

    /** @param content inlines; @return them, wrapped */
    public static Superscript of(Inline... content) {
        return new Superscript(List.of(content));
    }

    /** @param text plain text; @return it, wrapped */
    public static Superscript of(String text) {
        return new Superscript(List.of(new Text(text)));
    }

    @Override
    public <R> R accept(InlineVisitor<R> visitor) {
        return visitor.visitSuperscript(this);
    }
}

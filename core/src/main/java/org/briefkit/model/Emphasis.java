package org.briefkit.model;

import java.util.List;

/**
 * Emphasised text, usually set in italics.
 *
 * @param content the inlines affected
 */
public record Emphasis(List<Inline> content) implements Inline {
    /** Copies the content. */
    public Emphasis {
        content = Checks.list("emphasis.content", content);
    }

    /** @param content inlines; @return them, wrapped */
    public static Emphasis of(Inline... content) {
        return new Emphasis(List.of(content));
    }

    /** @param text plain text; @return it, wrapped */
    public static Emphasis of(String text) {
        return new Emphasis(List.of(new Text(text)));
    }

    @Override
    public <R> R accept(InlineVisitor<R> visitor) {
        return visitor.visitEmphasis(this);
    }
}

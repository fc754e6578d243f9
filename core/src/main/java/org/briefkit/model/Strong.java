package org.briefkit.model;

import java.util.List;

/**
 * Strongly emphasised text, usually set in bold.
 *
 * @param content the inlines affected
 */
public record Strong(List<Inline> content) implements Inline {
    /** Copies the content. */
    public Strong {
        content = Checks.list("strong.content", content);
    }

    /** @param content inlines; @return them, wrapped */
    public static Strong of(Inline... content) {
        return new Strong(List.of(content));
    }

    /** @param text plain text; @return it, wrapped */
    public static Strong of(String text) {
        return new Strong(List.of(new Text(text)));
    }

    @Override
    public <R> R accept(InlineVisitor<R> visitor) {
        return visitor.visitStrong(this);
    }
}

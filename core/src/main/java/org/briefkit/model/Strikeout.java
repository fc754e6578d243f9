package org.briefkit.model;

import java.util.List;

/**
 * Struck-out text.
 *
 * @param content the inlines affected
 */
public record Strikeout(List<Inline> content) implements Inline {
    /** Copies the content. */
    public Strikeout {
        content = Checks.list("strikeout.content", content);
    }

    /** @param content inlines; @return them, wrapped */
    public static Strikeout of(Inline... content) {
        return new Strikeout(List.of(content));
    }

    /** @param text plain text; @return it, wrapped */
    public static Strikeout of(String text) {
        return new Strikeout(List.of(new Text(text)));
    }

    @Override
    public <R> R accept(InlineVisitor<R> visitor) {
        return visitor.visitStrikeout(this);
    }
}

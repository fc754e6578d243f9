package org.briefkit.model;

import java.util.List;

/**
 * Text set in small capitals.
 *
 * @param content the inlines affected
 */
public record SmallCaps(List<Inline> content) implements Inline {
    /** Copies the content. */
    public SmallCaps {
        content = Checks.list("smallCaps.content", content);
    }

    /** @param content inlines; @return them, wrapped */
    public static SmallCaps of(Inline... content) {
        return new SmallCaps(List.of(content));
    }

    /** @param text plain text; @return it, wrapped */
    public static SmallCaps of(String text) {
        return new SmallCaps(List.of(new Text(text)));
    }

    @Override
    public <R> R accept(InlineVisitor<R> visitor) {
        return visitor.visitSmallCaps(this);
    }
}

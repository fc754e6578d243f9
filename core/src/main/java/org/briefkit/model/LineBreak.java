package org.briefkit.model;

/** A hard line break within a paragraph. */
public record LineBreak() implements Inline {
    @Override
    public <R> R accept(InlineVisitor<R> visitor) {
        return visitor.visitLineBreak(this);
    }
}

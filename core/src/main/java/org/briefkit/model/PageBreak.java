package org.briefkit.model;

/** A forced page break: what follows starts on a new page. */
public record PageBreak() implements Block {
    @Override
    public <R> R accept(BlockVisitor<R> visitor) {
        return visitor.visitPageBreak(this);
    }
}

package org.briefkit.model;

/** A break between sections of text, drawn as a rule. */
public record ThematicBreak() implements Block {
    @Override
    public <R> R accept(BlockVisitor<R> visitor) {
        return visitor.visitThematicBreak(this);
    }
}

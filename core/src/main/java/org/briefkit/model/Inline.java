package org.briefkit.model;

/**
 * A piece of running text: one of a small, closed set of kinds. Renderers dispatch on the kind
 * through {@link InlineVisitor}.
 */
public sealed interface Inline
        permits Text, Emphasis, Strong, Strikeout, Superscript, Subscript, SmallCaps, Code, Link, Note, LineBreak,
        Span {

    /**
     * @param visitor what to do with each kind of inline
     * @param <R>     what the visitor returns
     * @return the visitor's result for this inline
     */
    <R> R accept(InlineVisitor<R> visitor);
}

package org.briefkit.model;

/**
 * A block of a document: one of a small, closed set of kinds. Renderers dispatch on the kind
 * through {@link BlockVisitor}, so a new kind fails to compile until every renderer handles it.
 */
public sealed interface Block
        permits Heading, Paragraph, BulletList, OrderedList, BlockQuote, PullQuote, Callout, Table, Figure,
        CodeBlock, ThematicBreak, PageBreak, Div {

    /**
     * @param visitor what to do with each kind of block
     * @param <R>     what the visitor returns
     * @return the visitor's result for this block
     */
    <R> R accept(BlockVisitor<R> visitor);
}

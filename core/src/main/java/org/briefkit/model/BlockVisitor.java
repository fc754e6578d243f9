package org.briefkit.model;

/**
 * One method per kind of {@link Block}, and no default: every renderer handles every kind.
 *
 * @param <R> what each visit returns
 */
public interface BlockVisitor<R> {
    /** @param heading the block; @return the visitor's result */
    R visitHeading(Heading heading);

    /** @param paragraph the block; @return the visitor's result */
    R visitParagraph(Paragraph paragraph);

    /** @param list the block; @return the visitor's result */
    R visitBulletList(BulletList list);

    /** @param list the block; @return the visitor's result */
    R visitOrderedList(OrderedList list);

    /** @param quote the block; @return the visitor's result */
    R visitBlockQuote(BlockQuote quote);

    /** @param quote the block; @return the visitor's result */
    R visitPullQuote(PullQuote quote);

    /** @param callout the block; @return the visitor's result */
    R visitCallout(Callout callout);

    /** @param table the block; @return the visitor's result */
    R visitTable(Table table);

    /** @param figure the block; @return the visitor's result */
    R visitFigure(Figure figure);

    /** @param code the block; @return the visitor's result */
    R visitCodeBlock(CodeBlock code);

    /** @param rule the block; @return the visitor's result */
    R visitThematicBreak(ThematicBreak rule);

    /** @param pageBreak the block; @return the visitor's result */
    R visitPageBreak(PageBreak pageBreak);

    /** @param div the block; @return the visitor's result */
    R visitDiv(Div div);
}

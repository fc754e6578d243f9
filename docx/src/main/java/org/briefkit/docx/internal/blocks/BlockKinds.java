package org.briefkit.docx.internal.blocks;

import org.briefkit.model.Block;
import org.briefkit.model.BlockQuote;
import org.briefkit.model.BlockVisitor;
import org.briefkit.model.BulletList;
import org.briefkit.model.Callout;
import org.briefkit.model.CodeBlock;
import org.briefkit.model.Div;
import org.briefkit.model.Figure;
import org.briefkit.model.Heading;
import org.briefkit.model.OrderedList;
import org.briefkit.model.PageBreak;
import org.briefkit.model.Paragraph;
import org.briefkit.model.PullQuote;
import org.briefkit.model.Table;
import org.briefkit.model.ThematicBreak;

/**
 * Picks out a paragraph among blocks (a list item's lead paragraph takes the item's number; a
 * press release's first paragraph takes the dateline) through the visitor, so a new kind of
 * block must say whether it is one.
 */
public final class BlockKinds implements BlockVisitor<Paragraph> {
    private static final BlockKinds INSTANCE = new BlockKinds();

    private BlockKinds() {
    }

    /** @param block a block; @return the block as a paragraph, or null when it is another kind */
    public static Paragraph asParagraph(Block block) {
        return block.accept(INSTANCE);
    }

    @Override
    public Paragraph visitParagraph(Paragraph paragraph) {
        return paragraph;
    }

    @Override
    public Paragraph visitHeading(Heading heading) {
        return null;
    }

    @Override
    public Paragraph visitBulletList(BulletList list) {
        return null;
    }

    @Override
    public Paragraph visitOrderedList(OrderedList list) {
        return null;
    }

    @Override
    public Paragraph visitBlockQuote(BlockQuote quote) {
        return null;
    }

    @Override
    public Paragraph visitPullQuote(PullQuote quote) {
        return null;
    }

    @Override
    public Paragraph visitCallout(Callout callout) {
        return null;
    }

    @Override
    public Paragraph visitTable(Table table) {
        return null;
    }

    @Override
    public Paragraph visitFigure(Figure figure) {
        return null;
    }

    @Override
    public Paragraph visitCodeBlock(CodeBlock code) {
        return null;
    }

    @Override
    public Paragraph visitThematicBreak(ThematicBreak rule) {
        return null;
    }

    @Override
    public Paragraph visitPageBreak(PageBreak pageBreak) {
        return null;
    }

    @Override
    public Paragraph visitDiv(Div div) {
        return null;
    }
}

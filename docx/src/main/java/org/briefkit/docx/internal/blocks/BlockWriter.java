package org.briefkit.docx.internal.blocks;

import java.math.BigInteger;
import java.util.List;
import org.briefkit.compose.HeadingInfo;
import org.briefkit.docx.internal.RenderContext;
import org.briefkit.docx.internal.inlines.InlineWriter;
import org.briefkit.docx.internal.inlines.TextRuns;
import org.briefkit.docx.internal.numbering.Numbering;
import org.briefkit.docx.internal.styles.StyleIds;
import org.briefkit.docx.internal.tables.TableWriter;
import org.briefkit.model.Block;
import org.briefkit.model.BlockQuote;
import org.briefkit.model.BlockVisitor;
import org.briefkit.model.BulletList;
import org.briefkit.model.Callout;
import org.briefkit.model.CodeBlock;
import org.briefkit.model.Div;
import org.briefkit.model.Figure;
import org.briefkit.model.Heading;
import org.briefkit.model.Inline;
import org.briefkit.model.ListItem;
import org.briefkit.model.OrderedList;
import org.briefkit.model.PageBreak;
import org.briefkit.model.Paragraph;
import org.briefkit.model.PullQuote;
import org.briefkit.model.Table;
import org.briefkit.model.ThematicBreak;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;

/**
 * Writes blocks into a flow, each kind in its Word form: paragraphs in the scope's style,
 * headings in Heading n with a bookmark (and Word's heading numbering), lists on Word numbering,
 * quotations, pull quotes and code in their styles, tables and callouts as tables, figures as
 * inline pictures. No paragraph carries formatting a style could carry; what a paragraph holds
 * of its own is its style, its list number, and a page break or bookmark that belongs to it.
 */
public final class BlockWriter implements BlockVisitor<Void> {
    private static final String DASH = "\u2014\u00A0";

    private final RenderContext ctx;
    private final Flow flow;
    private final Scope scope;

    /**
     * @param ctx   the render
     * @param flow  where the blocks go
     * @param scope what surrounds them
     */
    public BlockWriter(RenderContext ctx, Flow flow, Scope scope) {
        this.ctx = ctx;
        this.flow = flow;
        this.scope = scope;
    }

    /** @return where the blocks go */
    public Flow flow() {
        return flow;
    }

    /** @return what surrounds the blocks */
    public Scope scope() {
        return scope;
    }

    /** @param blocks blocks to write, in order */
    public void write(List<Block> blocks) {
        for (Block block : blocks) {
            block.accept(this);
        }
    }

    /**
     * @param styleId a paragraph style
     * @return a writer for the runs of a new paragraph in that style
     */
    public InlineWriter paragraph(String styleId) {
        return inlines(flow.paragraph(styleId));
    }

    /**
     * Writes a paragraph that opens with text the layout adds (a press release's dateline).
     *
     * @param paragraph the paragraph
     * @param lead      the text before it
     * @param leadStyle the lead's character style
     */
    public void paragraph(Paragraph paragraph, String lead, String leadStyle) {
        paragraph(scope.paragraphStyle()).text(lead, leadStyle, "dateline").write(paragraph.content());
    }

    /**
     * A heading the layout adds ("Executive Summary", "Notes"): never numbered, with a bookmark
     * so the table of contents can link to it.
     *
     * @param level    the heading level
     * @param text     its text
     * @param bookmark its bookmark name
     */
    public void partHeading(int level, String text, String bookmark) {
        CTP p = flow.paragraph(StyleIds.heading(level));
        if (ctx.numbersHeadings() && level <= ctx.theme().numberedLevels()) {
            number(p, BigInteger.ZERO, level - 1);
        }
        BigInteger mark = ctx.anchors().nextMarkId();
        InlineWriter w = inlines(p);
        w.runs().bookmarkStart(bookmark, mark);
        w.text(text, null, "heading");
        w.runs().bookmarkEnd(mark);
    }

    @Override
    public Void visitHeading(Heading heading) {
        CTP p = flow.paragraph(StyleIds.heading(heading.level()));
        HeadingInfo info = ctx.headings().contains(heading) ? ctx.headings().of(heading) : null;
        if (ctx.numbersHeadings() && heading.level() <= ctx.theme().numberedLevels()) {
            if (info == null || info.number().isEmpty()) {
                number(p, BigInteger.ZERO, heading.level() - 1);
            } else if (scope.appendix()) {
                number(p, ctx.appendixHeadingList(), heading.level() - 1);
            }
        }
        String id = info != null ? info.anchor() : heading.attr().id();
        InlineWriter w = inlines(p);
        if (id.isEmpty()) {
            w.write(heading.content());
        } else {
            BigInteger mark = ctx.anchors().nextMarkId();
            w.runs().bookmarkStart(ctx.anchors().nameOf(id), mark);
            w.write(heading.content());
            w.runs().bookmarkEnd(mark);
        }
        return null;
    }

    @Override
    public Void visitParagraph(Paragraph paragraph) {
        paragraph(scope.paragraphStyle()).write(paragraph.content());
        return null;
    }

    @Override
    public Void visitBulletList(BulletList list) {
        return items(list.items(), ctx.numbering().bullets(Numbering.level(scope.listDepth())));
    }

    @Override
    public Void visitOrderedList(OrderedList list) {
        return items(list.items(), ctx.numbering().ordered(list.style(), list.start(), Numbering.level(scope.listDepth())));
    }

    /**
     * Each item's first paragraph carries the number; the item's other blocks follow it, their
     * paragraphs indented to the item's text (List Continue n), nested lists one level deeper.
     */
    private Void items(List<ListItem> items, BigInteger numId) {
        int level = Numbering.level(scope.listDepth());
        String continued = StyleIds.LIST_PARAGRAPH.equals(scope.listStyle()) ? StyleIds.listContinue(level)
                : scope.listStyle();
        BlockWriter rest = new BlockWriter(ctx, flow, scope.nested().withParagraphStyle(continued));
        for (ListItem item : items) {
            List<Block> blocks = item.content();
            Paragraph lead = blocks.isEmpty() ? null : BlockKinds.asParagraph(blocks.get(0));
            CTP p = flow.paragraph(scope.listStyle());
            number(p, numId, level);
            if (lead != null) {
                inlines(p).write(lead.content());
            }
            rest.write(lead != null ? blocks.subList(1, blocks.size()) : blocks);
        }
        return null;
    }

    @Override
    public Void visitBlockQuote(BlockQuote quote) {
        new BlockWriter(ctx, flow, scope.withParagraphStyle(StyleIds.QUOTE)).write(quote.content());
        attribution(StyleIds.QUOTE_ATTRIBUTION, quote.attribution());
        return null;
    }

    @Override
    public Void visitPullQuote(PullQuote quote) {
        paragraph(StyleIds.PULL_QUOTE).write(quote.content());
        attribution(StyleIds.PULL_QUOTE_ATTRIBUTION, quote.attribution());
        return null;
    }

    private void attribution(String style, List<Inline> attribution) {
        if (!attribution.isEmpty()) {
            paragraph(style).text(DASH, null, "attribution").write(attribution);
        }
    }

    @Override
    public Void visitCallout(Callout callout) {
        TableWriter.callout(ctx, flow, scope, callout);
        return null;
    }

    @Override
    public Void visitTable(Table table) {
        TableWriter.table(ctx, flow, scope, table);
        return null;
    }

    @Override
    public Void visitFigure(Figure figure) {
        bookmarkNext(figure.attr().id());
        CTP p = flow.paragraph(StyleIds.FIGURE);
        Pictures.fitted(ctx, flow.part(), p.addNewR(), figure.image(), scope.width(), ctx.textHeight(),
                figure.altText());
        if (!figure.caption().isEmpty()) {
            paragraph(StyleIds.CAPTION).write(figure.caption());
        }
        if (!figure.credit().isEmpty()) {
            paragraph(StyleIds.FIGURE_CREDIT).write(figure.credit());
        }
        return null;
    }

    @Override
    public Void visitCodeBlock(CodeBlock code) {
        bookmarkNext(code.attr().id());
        CTP p = flow.paragraph(StyleIds.CODE_BLOCK);
        if (!code.text().isEmpty()) {
            TextRuns.append(p.addNewR(), code.text(), "code block");
        }
        return null;
    }

    @Override
    public Void visitThematicBreak(ThematicBreak rule) {
        flow.paragraph(StyleIds.RULE);
        return null;
    }

    @Override
    public Void visitPageBreak(PageBreak pageBreak) {
        flow.breakPage();
        return null;
    }

    @Override
    public Void visitDiv(Div div) {
        bookmarkNext(div.attr().id());
        Scope inner = ctx.styles().paragraphStyle(div.attr()).map(scope::withParagraphStyle).orElse(scope);
        new BlockWriter(ctx, flow, inner).write(div.content());
        return null;
    }

    private void bookmarkNext(String id) {
        if (!id.isEmpty()) {
            flow.bookmarkNext(ctx.anchors().nameOf(id));
        }
    }

    private InlineWriter inlines(CTP p) {
        return new InlineWriter(ctx, flow, p, scope.inNote());
    }

    private static void number(CTP p, BigInteger numId, int level) {
        CTPPr ppr = p.isSetPPr() ? p.getPPr() : p.addNewPPr();
        CTNumPr numPr = ppr.addNewNumPr();
        numPr.addNewIlvl().setVal(BigInteger.valueOf(level));
        numPr.addNewNumId().setVal(numId);
    }
}

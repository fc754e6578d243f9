package org.briefkit.docx.internal.layout;

import java.util.List;
import org.briefkit.compose.Composition;
import org.briefkit.compose.Part;
import org.briefkit.compose.Wording;
import org.briefkit.docx.internal.RenderContext;
import org.briefkit.docx.internal.blocks.BlockKinds;
import org.briefkit.docx.internal.blocks.BlockWriter;
import org.briefkit.docx.internal.blocks.Flow;
import org.briefkit.docx.internal.sections.Section;
import org.briefkit.docx.internal.sections.Section.Start;
import org.briefkit.docx.internal.sections.Section.VerticalAlign;
import org.briefkit.docx.internal.sections.Sections;
import org.briefkit.docx.internal.styles.StyleIds;
import org.briefkit.model.Block;
import org.briefkit.model.DocumentKind;
import org.briefkit.model.Paragraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;

/**
 * Lays a document out in the parts {@link Composition#parts} lists, in that order, as the PDF
 * arranges them (docs/LAYOUTS.md), and cuts it into Word sections where the page set-up changes:
 *
 * <ul>
 *   <li>a report's cover: its own section, text centred on the page, no running heads (a blank
 *       "different first page");</li>
 *   <li>the copyright lines after a report's cover: their own page, at its foot, no running
 *       heads;</li>
 *   <li>the main text: the theme's running heads; without a cover page, a blank first page
 *       unless the theme puts running heads on page 1 (a press release's page 2 onwards carries
 *       its running title this way, and its page 1 header holds the letterhead; a brief's page 1
 *       opens with its cover band);</li>
 *   <li>when notes are endnotes, the section holding the "Notes" heading ends right after it,
 *       and Word prints the endnotes there ({@code w:endnotePr/w:pos = sectEnd}, every other
 *       section {@code w:noEndnote}); what follows goes on in a new section;</li>
 *   <li>a report's back cover: its own last page, on an even page (after a blank one when
 *       needed, so it is the outside of the printed report), text at its foot, no running heads.
 *       A brief's back cover is a closing panel at the end of its text.</li>
 * </ul>
 *
 * <p>Reports start the summary, the body, the notes, the appendices and "About the Authors"
 * each on a new page; briefs and press releases run on.
 */
public final class LayoutWriter {
    private final RenderContext ctx;
    private final CTBody body;
    private final Flow flow;
    private final Sections sections;
    private final BlockWriter writer;
    private final Plan plan;
    private final boolean report;
    private Section current;
    /** Whether the next part starts at the top of a page (a section has just begun on a new one). */
    private boolean pageTop = true;
    /** Whether the part being written started at the top of a page. */
    private boolean atTop;

    private LayoutWriter(RenderContext ctx) {
        this.ctx = ctx;
        this.body = ctx.doc().getDocument().getBody();
        this.flow = Flow.of(body, ctx.doc(), ctx.anchors());
        this.sections = new Sections(ctx);
        this.writer = new BlockWriter(ctx, flow, ctx.bodyScope());
        this.plan = new Plan(ctx, Composition.parts(ctx.document(), ctx.theme()));
        this.report = ctx.meta().kind() == DocumentKind.REPORT;
    }

    /**
     * @param ctx the render
     * @return whether the document has a table of contents (a field Word should update on open)
     */
    public static boolean write(RenderContext ctx) {
        LayoutWriter layout = new LayoutWriter(ctx);
        layout.run();
        return layout.plan.parts.contains(Part.CONTENTS);
    }

    private void run() {
        List<Part> parts = plan.parts;
        boolean cover = coverPage();
        Section main = new Section(Start.NEXT_PAGE, true, !cover && !ctx.theme().runningHeadsOnFirstPage(), false,
                VerticalAlign.TOP);
        if (parts.contains(Part.LETTERHEAD) && Masthead.inHeader(ctx.theme())) {
            main = main.withLetterhead();
            sections.letterhead(w -> Masthead.letterhead(ctx, w));
        }
        current = cover ? new Section(Start.NEXT_PAGE, false, true, false, VerticalAlign.CENTER) : main;
        Part previous = null;
        for (int i = 0; i < parts.size(); i++) {
            Part part = parts.get(i);
            Part next = i + 1 < parts.size() ? parts.get(i + 1) : null;
            atTop = pageTop;
            pageTop = false;
            switch (part) {
                case LETTERHEAD -> {
                    if (!current.letterhead()) {
                        Masthead.letterhead(ctx, writer);
                    }
                }
                case RELEASE_LINE -> Masthead.releaseLine(ctx, writer, parts.contains(Part.CONTACTS));
                case CONTACTS -> {
                    if (!parts.contains(Part.RELEASE_LINE)) {
                        Contacts.write(writer, ctx.meta().contacts());
                    }
                }
                case HEADLINE -> Masthead.headline(ctx, writer);
                case COVER -> {
                    if (!cover) {
                        Covers.band(ctx, writer);
                        break;
                    }
                    Covers.cover(ctx, writer);
                    boolean ownCopyrightPage = next == Part.COPYRIGHT;
                    endSection(ownCopyrightPage
                            ? new Section(Start.NEXT_PAGE, false, false, false, VerticalAlign.BOTTOM) : main);
                }
                case TITLE_BLOCK -> Covers.cover(ctx, writer);
                case COPYRIGHT -> {
                    Covers.copyright(ctx, writer);
                    if (cover) {
                        endSection(main);
                    }
                }
                case CONTENTS -> {
                    newPage();
                    Contents.write(ctx, writer, plan.toc, ctx.theme().tocDepth());
                }
                case SUMMARY -> {
                    if (cover || previous == Part.CONTENTS) {
                        newPage();
                    }
                    if (!Plan.pressRelease(ctx)) {
                        writer.partHeading(1, Wording.SUMMARY, plan.summaryBookmark);
                    }
                    writer.write(ctx.document().summary());
                }
                case BODY -> {
                    if (report && (previous == Part.CONTENTS || previous == Part.SUMMARY)) {
                        newPage();
                    }
                    body(ctx.document().body());
                }
                case ENDNOTES -> endnotes(next);
                case BACK_MATTER -> {
                    reportPage();
                    new BlockWriter(ctx, flow, ctx.bodyScope().asAppendix()).write(ctx.document().backMatter());
                }
                case ABOUT_AUTHORS -> {
                    reportPage();
                    Closing.aboutAuthors(ctx, writer, plan.authorsBookmark);
                }
                case READ_MORE -> Closing.readMore(ctx, writer);
                case ABOUT -> Closing.about(ctx, writer);
                case END_MARK -> Closing.endMark(ctx, writer);
                case BACK_COVER -> {
                    if (cover) {
                        endSection(new Section(Start.EVEN_PAGE, false, true, false, VerticalAlign.BOTTOM));
                        Covers.backCover(ctx, writer);
                    } else {
                        Covers.panel(ctx, writer);
                    }
                }
            }
            previous = part;
        }
        sections.finish(body, flow, current);
    }

    /** The body; a press release's first paragraph opens with the dateline. */
    private void body(List<Block> blocks) {
        String dateline = Plan.pressRelease(ctx)
                ? ctx.meta().dateline().map(d -> Wording.dateline(d, ctx.theme().datelineStyle())).orElse("") : "";
        if (dateline.isEmpty()) {
            writer.write(blocks);
            return;
        }
        boolean placed = false;
        for (Block block : blocks) {
            Paragraph p = placed ? null : BlockKinds.asParagraph(block);
            if (p != null) {
                writer.paragraph(p, dateline, StyleIds.DATELINE);
                placed = true;
            } else {
                writer.write(List.of(block));
            }
        }
        if (!placed) {
            writer.paragraph(StyleIds.NORMAL).text(dateline, StyleIds.DATELINE, "dateline");
        }
    }

    /**
     * The "Notes" heading, after which Word prints the endnotes: the section ends here unless
     * nothing but a back cover (which starts its own section) follows.
     */
    private void endnotes(Part next) {
        reportPage();
        if (Plan.pressRelease(ctx)) {
            writer.partHeading(2, Wording.NOTES, plan.notesBookmark);
        } else {
            writer.partHeading(1, Wording.NOTES, plan.notesBookmark);
        }
        current = current.withEndnotes();
        if (next != null && !(next == Part.BACK_COVER && coverPage())) {
            Start start = report ? Start.NEXT_PAGE : Start.CONTINUOUS;
            endSection(new Section(start, true, false, false, VerticalAlign.TOP));
        }
    }

    private void endSection(Section following) {
        sections.close(flow, current);
        current = following;
        pageTop = following.start() != Start.CONTINUOUS;
    }

    /**
     * @return whether the document has a cover page: a report's cover (a brief's is a band atop
     *         page 1, and its back cover a closing panel)
     */
    private boolean coverPage() {
        return report && plan.parts.contains(Part.COVER);
    }

    private void newPage() {
        if (!atTop) {
            flow.breakPage();
        }
    }

    private void reportPage() {
        if (report) {
            newPage();
        }
    }
}

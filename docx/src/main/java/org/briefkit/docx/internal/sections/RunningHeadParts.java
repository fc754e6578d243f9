package org.briefkit.docx.internal.sections;

import org.apache.poi.ooxml.POIXMLDocumentPart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFactory;
import org.apache.poi.xwpf.usermodel.XWPFHeaderFooter;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import java.util.List;
import java.util.function.Consumer;
import org.briefkit.compose.RunningHeads;
import org.briefkit.compose.RunningHeads.Segment;
import org.briefkit.docx.internal.RenderContext;
import org.briefkit.docx.internal.blocks.BlockWriter;
import org.briefkit.docx.internal.blocks.Flow;
import org.briefkit.docx.internal.inlines.Fields;
import org.briefkit.docx.internal.inlines.InlineWriter;
import org.briefkit.docx.internal.inlines.RunFormat;
import org.briefkit.docx.internal.styles.StyleIds;
import org.briefkit.theme.RunningText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHdrFtr;

/**
 * The header and footer parts: the running ones, from the theme's templates, and blank ones for
 * pages that carry none (covers, a press release's first page). Each is made once and shared by
 * every section that shows it.
 *
 * <p>A running head is one paragraph in the Header or Footer style, whose centre and right tab
 * stops (set in the style from the text width) place the three slots: left, tab, centre, tab,
 * right. {@code {page}} and {@code {pages}} become Word's PAGE and NUMPAGES fields; the other
 * placeholders are filled from the metadata by {@link RunningHeads#segments}, as the PDF fills them.
 */
final class RunningHeadParts {
    private final RenderContext ctx;
    private String runningHeader;
    private String runningFooter;
    private String blankHeader;
    private String blankFooter;
    private String letterheadHeader;

    RunningHeadParts(RenderContext ctx) {
        this.ctx = ctx;
    }

    /** @param running the running header, or a blank one; @return its relationship id */
    String header(boolean running) {
        if (running) {
            if (runningHeader == null) {
                runningHeader = make(XWPFRelation.HEADER, StyleIds.HEADER, ctx.theme().header(), "theme.header");
            }
            return runningHeader;
        }
        if (blankHeader == null) {
            blankHeader = make(XWPFRelation.HEADER, StyleIds.HEADER, RunningText.NONE, "");
        }
        return blankHeader;
    }

    /** @param running the running footer, or a blank one; @return its relationship id */
    String footer(boolean running) {
        if (running) {
            if (runningFooter == null) {
                runningFooter = make(XWPFRelation.FOOTER, StyleIds.FOOTER, ctx.theme().footer(), "theme.footer");
            }
            return runningFooter;
        }
        if (blankFooter == null) {
            blankFooter = make(XWPFRelation.FOOTER, StyleIds.FOOTER, RunningText.NONE, "");
        }
        return blankFooter;
    }

    /**
     * @param content writes the letterhead
     * @return the relationship id of the header holding the letterhead (made once)
     */
    String letterhead(Consumer<BlockWriter> content) {
        if (letterheadHeader == null) {
            XWPFDocument doc = ctx.doc();
            XWPFHeaderFooter part = (XWPFHeaderFooter) doc.createRelationship(XWPFRelation.HEADER,
                    XWPFFactory.getInstance(), ctx.nextHeaderFooterIndex());
            CTHdrFtr xml = CTHdrFtr.Factory.newInstance();
            part.setHeaderFooter(xml);
            Flow flow = Flow.of(xml, part, ctx.anchors());
            content.accept(new BlockWriter(ctx, flow, ctx.bodyScope()));
            flow.endWithParagraph(StyleIds.HEADER);
            part.readHdrFtr(); // as in make()
            letterheadHeader = doc.getRelationId(part);
        }
        return letterheadHeader;
    }

    private String make(XWPFRelation relation, String style, RunningText text, String where) {
        XWPFDocument doc = ctx.doc();
        POIXMLDocumentPart created = doc.createRelationship(relation, XWPFFactory.getInstance(),
                ctx.nextHeaderFooterIndex());
        XWPFHeaderFooter part = (XWPFHeaderFooter) created;
        CTHdrFtr xml = CTHdrFtr.Factory.newInstance();
        part.setHeaderFooter(xml);
        Flow flow = Flow.of(xml, part, ctx.anchors());
        InlineWriter line = new InlineWriter(ctx, flow, flow.paragraph(style), false);
        List<Segment> left = RunningHeads.segments(text.left(), ctx.meta());
        List<Segment> center = RunningHeads.segments(text.center(), ctx.meta());
        List<Segment> right = RunningHeads.segments(text.right(), ctx.meta());
        slot(line, left, where + ".left");
        if (!center.isEmpty() || !right.isEmpty()) {
            line.text("\t", null, where);
            slot(line, center, where + ".center");
        }
        if (!right.isEmpty()) {
            line.text("\t", null, where);
            slot(line, right, where + ".right");
        }
        part.readHdrFtr(); // POI adds an empty paragraph on saving a part whose paragraphs it has not read
        return doc.getRelationId(part);
    }

    /** Writes a slot's text, with PAGE and NUMPAGES fields for the page placeholders. */
    private static void slot(InlineWriter line, List<Segment> slot, String where) {
        for (Segment piece : slot) {
            switch (piece.kind()) {
                case TEXT -> line.text(piece.text(), null, where);
                case PAGE -> Fields.simple(line.runs(), RunFormat.PLAIN, "PAGE", "1");
                case PAGES -> Fields.simple(line.runs(), RunFormat.PLAIN, "NUMPAGES", "1");
            }
        }
    }
}

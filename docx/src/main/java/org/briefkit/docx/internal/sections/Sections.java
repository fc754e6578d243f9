package org.briefkit.docx.internal.sections;

import java.math.BigInteger;
import java.util.function.Consumer;
import org.briefkit.docx.internal.RenderContext;
import org.briefkit.docx.internal.blocks.BlockWriter;
import org.briefkit.docx.internal.blocks.Flow;
import org.briefkit.docx.internal.styles.StyleIds;
import org.briefkit.theme.Margins;
import org.briefkit.theme.PageSize;
import org.briefkit.theme.Units;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHdrFtrRef;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHdrFtr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STSectionMark;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVerticalJc;

/**
 * Word sections: page size and margins from the theme (mirrored margins and gutter included),
 * the headers and footers each section shows, and where endnotes are printed.
 *
 * <p>Every section names its headers and footers, so none inherits from the one before by
 * accident. A section ends with a {@code w:sectPr} in its last paragraph; the last section's is
 * the body's own.
 */
public final class Sections {
    private final RenderContext ctx;
    private final RunningHeadParts heads;
    private Consumer<BlockWriter> letterhead;

    /** @param ctx the render */
    public Sections(RenderContext ctx) {
        this.ctx = ctx;
        this.heads = new RunningHeadParts(ctx);
    }

    /**
     * Ends a section after what has been written so far.
     *
     * @param body    the document's body
     * @param section how the section that ends is set up
     */
    public void close(Flow body, Section section) {
        CTP last = ownParagraph(body, body.endWithParagraph());
        CTPPr ppr = last.isSetPPr() ? last.getPPr() : last.addNewPPr();
        fill(ppr.addNewSectPr(), section);
    }

    /**
     * A section with nothing in it (an empty body after the cover) would end in the paragraph that
     * ends the section before, giving it two {@code w:sectPr}, which the schema forbids: it gets a
     * paragraph of its own instead.
     */
    private static CTP ownParagraph(Flow body, CTP last) {
        return last.isSetPPr() && last.getPPr().isSetSectPr() ? body.paragraph(StyleIds.NORMAL) : last;
    }

    /**
     * Ends the last section.
     *
     * @param body    the document's body
     * @param flow    its flow
     * @param section how the last section is set up
     */
    public void finish(CTBody body, Flow flow, Section section) {
        ownParagraph(flow, flow.endWithParagraph());
        fill(body.addNewSectPr(), section);
    }

    /**
     * @param content writes the letterhead into the header of a section's first page, for the
     *                sections made {@link Section#withLetterhead()}
     */
    public void letterhead(Consumer<BlockWriter> content) {
        this.letterhead = content;
    }

    private void fill(CTSectPr sect, Section section) {
        boolean running = section.runningHeads();
        reference(sect.addNewHeaderReference(), STHdrFtr.DEFAULT, heads.header(running));
        if (section.blankFirstPage()) {
            String first = section.letterhead() && letterhead != null ? heads.letterhead(letterhead)
                    : heads.header(false);
            reference(sect.addNewHeaderReference(), STHdrFtr.FIRST, first);
        }
        reference(sect.addNewFooterReference(), STHdrFtr.DEFAULT, heads.footer(running));
        if (section.blankFirstPage()) {
            reference(sect.addNewFooterReference(), STHdrFtr.FIRST, heads.footer(false));
        }
        sect.addNewType().setVal(switch (section.start()) {
            case NEXT_PAGE -> STSectionMark.NEXT_PAGE;
            case EVEN_PAGE -> STSectionMark.EVEN_PAGE;
            case CONTINUOUS -> STSectionMark.CONTINUOUS;
        });
        PageSize size = ctx.theme().pageSize();
        CTPageSz pgSz = sect.addNewPgSz();
        pgSz.setW(BigInteger.valueOf(Units.twips(size.width())));
        pgSz.setH(BigInteger.valueOf(Units.twips(size.height())));
        if (size.width() > size.height()) {
            pgSz.setOrient(STPageOrientation.LANDSCAPE);
        }
        Margins m = ctx.theme().margins();
        CTPageMar mar = sect.addNewPgMar();
        mar.setTop(BigInteger.valueOf(Units.twips(m.top())));
        mar.setRight(BigInteger.valueOf(Units.twips(m.outer())));
        mar.setBottom(BigInteger.valueOf(Units.twips(m.bottom())));
        mar.setLeft(BigInteger.valueOf(Units.twips(m.inner())));
        mar.setHeader(BigInteger.valueOf(Units.twips(m.top() / 2)));
        mar.setFooter(BigInteger.valueOf(Units.twips(m.bottom() / 2)));
        mar.setGutter(BigInteger.valueOf(Units.twips(m.gutter())));
        sect.addNewCols().setSpace(BigInteger.valueOf(720));
        if (section.align() != Section.VerticalAlign.TOP) {
            sect.addNewVAlign().setVal(section.align() == Section.VerticalAlign.CENTER ? STVerticalJc.CENTER
                    : STVerticalJc.BOTTOM);
        }
        if (ctx.notes().areEndnotes() && !section.endnotesHere()) {
            sect.addNewNoEndnote();
        }
        if (section.blankFirstPage()) {
            sect.addNewTitlePg();
        }
    }

    private static void reference(CTHdrFtrRef ref, STHdrFtr.Enum type, String relId) {
        ref.setType(type);
        ref.setId(relId);
    }
}

package org.briefkit.docx.internal.blocks;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.apache.poi.ooxml.POIXMLDocumentPart;
import org.briefkit.docx.internal.Anchors;
import org.briefkit.docx.internal.styles.StyleIds;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBookmark;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFtnEdn;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHdrFtr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBrType;

/**
 * A column of paragraphs and tables being written: the document's body, a table cell, a note, a
 * header or footer. It knows the part its XML belongs to (relationships to images and links are
 * that part's), and carries two things forward to the next paragraph: a page break, and
 * bookmarks for ids whose block starts there.
 */
public final class Flow {
    private final POIXMLDocumentPart part;
    private final Supplier<CTP> newParagraph;
    private final Supplier<CTTbl> newTable;
    private final Anchors anchors;
    private final List<String> pendingBookmarks = new ArrayList<>();
    private boolean pageBreakPending;
    private CTP lastParagraph;
    private boolean endsWithTable;
    private boolean empty = true;

    private Flow(POIXMLDocumentPart part, Supplier<CTP> newParagraph, Supplier<CTTbl> newTable, Anchors anchors) {
        this.part = part;
        this.newParagraph = newParagraph;
        this.newTable = newTable;
        this.anchors = anchors;
    }

    /** @param body the document's body; @param part the document; @param anchors bookmark names; @return its flow */
    public static Flow of(CTBody body, POIXMLDocumentPart part, Anchors anchors) {
        return new Flow(part, body::addNewP, body::addNewTbl, anchors);
    }

    /** @param cell a table cell; @param part the part the table is in; @param anchors bookmark names; @return its flow */
    public static Flow of(CTTc cell, POIXMLDocumentPart part, Anchors anchors) {
        return new Flow(part, cell::addNewP, cell::addNewTbl, anchors);
    }

    /** @param note a footnote or endnote; @param part the notes part; @param anchors bookmark names; @return its flow */
    public static Flow of(CTFtnEdn note, POIXMLDocumentPart part, Anchors anchors) {
        return new Flow(part, note::addNewP, note::addNewTbl, anchors);
    }

    /** @param hf a header or footer; @param part its part; @param anchors bookmark names; @return its flow */
    public static Flow of(CTHdrFtr hf, POIXMLDocumentPart part, Anchors anchors) {
        return new Flow(part, hf::addNewP, hf::addNewTbl, anchors);
    }

    /**
     * @param styleId the paragraph's style
     * @return a new paragraph in that style, with any pending page break and bookmarks
     */
    public CTP paragraph(String styleId) {
        CTP p = newParagraph.get();
        if (!StyleIds.NORMAL.equals(styleId) || pageBreakPending) {
            CTPPr ppr = p.addNewPPr();
            if (!StyleIds.NORMAL.equals(styleId)) {
                ppr.addNewPStyle().setVal(styleId);
            }
            if (pageBreakPending) {
                ppr.addNewPageBreakBefore();
                pageBreakPending = false;
            }
        }
        for (String name : pendingBookmarks) {
            BigInteger id = anchors.nextMarkId();
            CTBookmark start = p.addNewBookmarkStart();
            start.setId(id);
            start.setName(name);
            p.addNewBookmarkEnd().setId(id);
        }
        pendingBookmarks.clear();
        lastParagraph = p;
        endsWithTable = false;
        empty = false;
        return p;
    }

    /** @return a new table; a pending page break goes before it in a paragraph of its own */
    public CTTbl table() {
        if (pageBreakPending) {
            pageBreakPending = false;
            paragraph(StyleIds.NORMAL).addNewR().addNewBr().setType(STBrType.PAGE);
        }
        CTTbl tbl = newTable.get();
        endsWithTable = true;
        empty = false;
        return tbl;
    }

    /** What comes next starts on a new page (unless nothing has been written yet). */
    public void breakPage() {
        if (!empty) {
            pageBreakPending = true;
        }
    }

    /** @param bookmark a bookmark name to place at the start of the next paragraph */
    public void bookmarkNext(String bookmark) {
        pendingBookmarks.add(bookmark);
    }

    /**
     * Ends the flow with a paragraph, as Word requires of cells, notes and sections, and writes
     * out any bookmark still pending. A page break with nothing after it is dropped: it would
     * only leave a blank page.
     *
     * @return the last paragraph
     */
    public CTP endWithParagraph() {
        return endWithParagraph(StyleIds.NORMAL);
    }

    /**
     * @param styleId the style of the paragraph added, if one is needed
     * @return the last paragraph
     * @see #endWithParagraph()
     */
    public CTP endWithParagraph(String styleId) {
        pageBreakPending = false;
        if (empty || endsWithTable || !pendingBookmarks.isEmpty()) {
            paragraph(styleId);
        }
        return lastParagraph;
    }

    /** @return the part this flow's XML belongs to */
    public POIXMLDocumentPart part() {
        return part;
    }
}

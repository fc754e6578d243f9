package org.briefkit.docx.internal.inlines;

import java.math.BigInteger;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBookmark;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHyperlink;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;

/**
 * Where runs go: a paragraph, or a hyperlink inside one. Both hold runs, hyperlinks and
 * bookmarks in Word's XML, but share no type in POI's schema classes; this puts one face on them.
 */
public final class Runs {
    private final CTP paragraph;
    private final CTHyperlink link;

    private Runs(CTP paragraph, CTHyperlink link) {
        this.paragraph = paragraph;
        this.link = link;
    }

    /** @param paragraph a paragraph; @return runs appended to it */
    public static Runs of(CTP paragraph) {
        return new Runs(paragraph, null);
    }

    /** @param link a hyperlink; @return runs appended inside it */
    public static Runs of(CTHyperlink link) {
        return new Runs(null, link);
    }

    /** @return a new run at the end */
    public CTR run() {
        return paragraph != null ? paragraph.addNewR() : link.addNewR();
    }

    /** @return a new hyperlink at the end (only in a paragraph: Word cannot nest links) */
    public CTHyperlink hyperlink() {
        if (paragraph == null) {
            throw new IllegalStateException("a hyperlink cannot hold another hyperlink");
        }
        return paragraph.addNewHyperlink();
    }

    /**
     * Opens a bookmark here.
     *
     * @param name its name
     * @param id   its number, shared with {@link #bookmarkEnd}
     */
    public void bookmarkStart(String name, BigInteger id) {
        CTBookmark mark = paragraph != null ? paragraph.addNewBookmarkStart() : link.addNewBookmarkStart();
        mark.setId(id);
        mark.setName(name);
    }

    /** @param id the number of the bookmark to close here */
    public void bookmarkEnd(BigInteger id) {
        (paragraph != null ? paragraph.addNewBookmarkEnd() : link.addNewBookmarkEnd()).setId(id);
    }

    /**
     * A field as one {@code w:fldSimple} element, with no cached result: one element where a
     * complex field takes eight (four runs, their marks and instruction), which is what keeps a
     * contents page of 50,000 entries within a small heap. Word fills it in when it updates fields.
     *
     * @param instruction such as {@code PAGEREF chapter_1 \h}
     */
    public void simpleField(String instruction) {
        CTSimpleField field = paragraph != null ? paragraph.addNewFldSimple() : link.addNewFldSimple();
        field.setInstr(" " + instruction + " ");
    }

    /** @return whether these runs are inside a hyperlink */
    public boolean inLink() {
        return link != null;
    }
}

package org.briefkit.docx.internal.notes;

import java.math.BigInteger;
import org.apache.poi.ooxml.POIXMLDocumentPart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFEndnotes;
import org.apache.poi.xwpf.usermodel.XWPFFootnotes;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.briefkit.docx.internal.packaging.Parts;
import org.briefkit.docx.internal.packaging.XmlTemplate;
import org.briefkit.docx.internal.styles.StyleIds;
import org.briefkit.theme.NotePlacement;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTEndnotes;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFootnotes;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFtnEdn;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.EndnotesDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.FootnotesDocument;

/**
 * The document's notes, as real Word footnotes or endnotes (the theme says which, by kind of
 * document). The notes part is made on the first note, from a skeleton holding the separator
 * (id -1) and continuation separator (id 0) Word writes; notes are numbered from 1 in the order
 * their marks appear, which is also the order Word numbers them in.
 *
 * <p>POI's own note API is not used: it gives endnote references the footnote reference style,
 * and numbers notes by scanning every note for each new one.
 */
public final class Notes {
    private static final XmlTemplate FOOTNOTES = XmlTemplate.load("footnotes.xml");
    private static final XmlTemplate ENDNOTES = XmlTemplate.load("endnotes.xml");

    private final XWPFDocument doc;
    private final boolean endnotes;
    private POIXMLDocumentPart part;
    private CTFootnotes footnoteXml;
    private CTEndnotes endnoteXml;
    private long nextId = 1;

    /** @param doc the document; @param placement where its notes go, resolved for its kind */
    public Notes(XWPFDocument doc, NotePlacement placement) {
        if (placement == NotePlacement.BY_KIND) {
            throw new IllegalArgumentException("resolve the placement for the document's kind first");
        }
        this.doc = doc;
        this.endnotes = placement == NotePlacement.ENDNOTES;
    }

    /** One note being written: its number and its XML. */
    public record Body(BigInteger id, CTFtnEdn xml, POIXMLDocumentPart part) {
    }

    /** @return a new, empty note, numbered after the last */
    public Body open() {
        ensurePart();
        CTFtnEdn note = endnotes ? endnoteXml.addNewEndnote() : footnoteXml.addNewFootnote();
        BigInteger id = BigInteger.valueOf(nextId++);
        note.setId(id);
        return new Body(id, note, part);
    }

    /**
     * Puts the note's own number mark ({@code w:footnoteRef}) at the start of its first
     * paragraph, as Word does, once the note's blocks are written.
     *
     * @param body the note
     */
    public void close(Body body) {
        CTFtnEdn note = body.xml();
        CTP first;
        if (startsWithParagraph(note)) {
            first = note.getPArray(0);
        } else {
            first = note.insertNewP(0);
            first.addNewPPr().addNewPStyle().setVal(textStyle());
        }
        CTR mark = first.insertNewR(0);
        mark.addNewRPr().addNewRStyle().setVal(referenceStyle());
        if (endnotes) {
            mark.addNewEndnoteRef();
        } else {
            mark.addNewFootnoteRef();
        }
        CTText space = first.insertNewR(1).addNewT();
        space.setStringValue(" ");
        space.setSpace(SpaceAttribute.Space.PRESERVE);
    }

    /**
     * Writes the mark that cites a note.
     *
     * @param run  an empty run where the mark goes
     * @param body the note
     */
    public void cite(CTR run, Body body) {
        run.addNewRPr().addNewRStyle().setVal(referenceStyle());
        if (endnotes) {
            run.addNewEndnoteReference().setId(body.id());
        } else {
            run.addNewFootnoteReference().setId(body.id());
        }
    }

    /** @return whether notes are endnotes */
    public boolean areEndnotes() {
        return endnotes;
    }

    /** @return whether any note has been written */
    public boolean any() {
        return nextId > 1;
    }

    /** @return the paragraph style of the notes' text */
    public String textStyle() {
        return endnotes ? StyleIds.ENDNOTE_TEXT : StyleIds.FOOTNOTE_TEXT;
    }

    private String referenceStyle() {
        return endnotes ? StyleIds.ENDNOTE_REFERENCE : StyleIds.FOOTNOTE_REFERENCE;
    }

    private static boolean startsWithParagraph(CTFtnEdn note) {
        try (var cursor = note.newCursor()) {
            return cursor.toFirstChild() && cursor.getName().getLocalPart().equals("p");
        }
    }

    private void ensurePart() {
        if (part != null) {
            return;
        }
        try {
            if (endnotes) {
                XWPFEndnotes notes = doc.createEndnotes();
                endnoteXml = Parts.parse(ENDNOTES.text(), EndnotesDocument.Factory::parse).getEndnotes();
                notes.setEndnotes(endnoteXml);
                part = notes;
            } else {
                XWPFFootnotes notes = doc.createFootnotes();
                footnoteXml = Parts.parse(FOOTNOTES.text(), FootnotesDocument.Factory::parse).getFootnotes();
                notes.setFootnotes(footnoteXml);
                part = notes;
            }
        } catch (XmlException e) {
            throw new IllegalStateException("the notes skeleton does not parse: " + e.getMessage(), e);
        }
    }
}

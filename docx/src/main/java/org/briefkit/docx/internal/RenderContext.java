package org.briefkit.docx.internal;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.ooxml.POIXMLDocumentPart;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFPictureData;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.briefkit.RenderException;
import org.briefkit.compose.Headings;
import org.briefkit.docx.internal.blocks.Scope;
import org.briefkit.docx.internal.notes.Notes;
import org.briefkit.docx.internal.numbering.Numbering;
import org.briefkit.docx.internal.packaging.Parts;
import org.briefkit.docx.internal.styles.DocumentLanguage;
import org.briefkit.docx.internal.styles.StyleSheet;
import org.briefkit.model.Document;
import org.briefkit.model.Image;
import org.briefkit.model.ImageFormat;
import org.briefkit.model.Metadata;
import org.briefkit.theme.Theme;
import org.briefkit.theme.Units;

/**
 * Everything one render shares across its parts: the document and theme, the Word document being
 * built, its style sheet, numbering and notes, bookmark names, and the relationships already
 * made. One per render and never shared between threads, so nothing in it needs locking.
 */
public final class RenderContext {
    private final Document document;
    private final Theme theme;
    private final Headings headings;
    private final XWPFDocument doc;
    private final DocumentLanguage language;
    private final StyleSheet styles;
    private final Numbering numbering;
    private final Notes notes;
    private final Anchors anchors = new Anchors();
    private final BigInteger headingList;
    private final BigInteger appendixHeadingList;
    private final Map<POIXMLDocumentPart, Map<String, String>> links = new IdentityHashMap<>();
    private long nextDrawingId = 1;
    private int nextHeaderFooter = 1;

    /**
     * Installs the style sheet and numbering, and numbers headings when the theme numbers the document's kind.
     *
     * @param document what is rendered
     * @param theme    how it looks
     * @param doc      the new, empty Word document it is written into
     */
    public RenderContext(Document document, Theme theme, XWPFDocument doc) {
        this.document = document;
        this.theme = theme;
        this.doc = doc;
        this.headings = Headings.of(document, theme);
        this.language = DocumentLanguage.of(document);
        this.styles = StyleSheet.install(doc, theme, document.metadata().kind(), language);
        this.numbering = Numbering.install(doc);
        this.notes = new Notes(doc, theme.notes().resolve(document.metadata().kind()));
        if (theme.numberHeadings(document.metadata().kind())) {
            headingList = numbering.headings();
            appendixHeadingList = numbering.appendixHeadings();
            styles.numberHeadings(headingList, theme.numberedLevels());
        } else {
            headingList = null;
            appendixHeadingList = null;
        }
    }

    /** @return the document being rendered */
    public Document document() {
        return document;
    }

    /** @return its metadata */
    public Metadata meta() {
        return document.metadata();
    }

    /** @return the theme */
    public Theme theme() {
        return theme;
    }

    /** @return the document's headings, with anchors and numbers shared with the PDF */
    public Headings headings() {
        return headings;
    }

    /** @return the Word document being built */
    public XWPFDocument doc() {
        return doc;
    }

    /** @return the document's languages */
    public DocumentLanguage language() {
        return language;
    }

    /** @return the style sheet */
    public StyleSheet styles() {
        return styles;
    }

    /** @return the numbering part */
    public Numbering numbering() {
        return numbering;
    }

    /** @return the notes */
    public Notes notes() {
        return notes;
    }

    /** @return bookmark names */
    public Anchors anchors() {
        return anchors;
    }

    /** @return whether headings are numbered */
    public boolean numbersHeadings() {
        return headingList != null;
    }

    /** @return the list appendix headings are numbered in; null when headings are not numbered */
    public BigInteger appendixHeadingList() {
        return appendixHeadingList;
    }

    /** @return the text block's width, in twips */
    public int textWidth() {
        return Units.twips(theme.textWidth());
    }

    /** @return the text block's height, in twips */
    public int textHeight() {
        return Units.twips(theme.textHeight());
    }

    /** @return the scope of the body's blocks */
    public Scope bodyScope() {
        return Scope.body(textWidth());
    }

    /** @return a number for the next drawing, unique in the document */
    public long nextDrawingId() {
        return nextDrawingId++;
    }

    /** @return a number for the next header or footer part's name */
    public int nextHeaderFooterIndex() {
        return nextHeaderFooter++;
    }

    /**
     * @param part the part whose XML holds the link
     * @param uri  the link's target
     * @return the relationship id, one per target and part
     * @throws RenderException when the package cannot hold the target
     */
    public String linkRelation(POIXMLDocumentPart part, String uri) {
        Map<String, String> ids = links.computeIfAbsent(part, p -> new HashMap<>());
        String id = ids.get(uri);
        if (id == null) {
            try {
                id = Parts.externalLink(part, uri);
            } catch (IllegalArgumentException e) {
                throw new RenderException("docx: link target '" + uri + "' cannot be written: " + e.getMessage(), e);
            }
            ids.put(uri, id);
        }
        return id;
    }

    /**
     * @param part  the part whose XML shows the image
     * @param image the image
     * @return the relationship id from that part to the image, stored once however often it is shown
     */
    public String pictureRelation(POIXMLDocumentPart part, Image image) {
        boolean png = image.format() == ImageFormat.PNG;
        try {
            String docRel = doc.addPictureData(image.openStream(), png ? PictureType.PNG : PictureType.JPEG);
            if (part == doc) {
                return docRel;
            }
            XWPFPictureData data = (XWPFPictureData) doc.getRelationById(docRel);
            String id = part.getRelationId(data);
            if (id == null) {
                id = part.addRelation(null, png ? XWPFRelation.IMAGE_PNG : XWPFRelation.IMAGE_JPEG, data)
                        .getRelationship().getId();
            }
            return id;
        } catch (InvalidFormatException e) {
            throw new RenderException("docx: image '" + image.name() + "' cannot be stored: " + e.getMessage(), e);
        }
    }
}

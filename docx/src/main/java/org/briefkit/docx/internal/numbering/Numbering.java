package org.briefkit.docx.internal.numbering;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlException;
import org.briefkit.docx.internal.packaging.Parts;
import org.briefkit.docx.internal.packaging.XmlTemplate;
import org.briefkit.model.NumberStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumbering;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.NumberingDocument;

/**
 * The document's numbering part: the list definitions of {@code numbering.xml}, and one
 * {@code w:num} per list the document holds.
 *
 * <p>Word continues a list's count across every {@code w:num} that shares a definition unless
 * the {@code w:num} overrides the start; so each list gets its own {@code w:num} with a
 * {@code w:startOverride} at the level it is set at, and restarts at its own start number.
 */
public final class Numbering {
    private static final XmlTemplate TEMPLATE = XmlTemplate.load("numbering.xml");
    private static final int BULLETS = 0;
    private static final int HEADINGS = 6;
    private static final int APPENDIX_HEADINGS = 7;

    private final CTNumbering numbering;
    private long nextNumId = 1;

    private Numbering(CTNumbering numbering) {
        this.numbering = numbering;
    }

    /**
     * @param doc the document being written
     * @return its numbering part, holding the list definitions and no lists yet
     */
    public static Numbering install(XWPFDocument doc) {
        CTNumbering parsed;
        try {
            parsed = Parts.parse(TEMPLATE.text(), NumberingDocument.Factory::parse).getNumbering();
        } catch (XmlException e) {
            throw new IllegalStateException("numbering.xml does not parse: " + e.getMessage(), e);
        }
        doc.createNumbering().setNumbering(parsed);
        return new Numbering(parsed);
    }

    /**
     * @param level the nesting depth the list is set at, 0 for a top-level list
     * @return a new bullet list
     */
    public BigInteger bullets(int level) {
        return add(BULLETS, level, 1);
    }

    /**
     * @param style how items are numbered
     * @param start the first item's number
     * @param level the nesting depth the list is set at
     * @return a new numbered list that starts at {@code start}
     */
    public BigInteger ordered(NumberStyle style, int start, int level) {
        return add(definition(style), level, start);
    }

    /** The definition in numbering.xml for each style. */
    private static int definition(NumberStyle style) {
        return switch (style) {
            case DECIMAL -> 1;
            case LOWER_ALPHA -> 2;
            case UPPER_ALPHA -> 3;
            case LOWER_ROMAN -> 4;
            case UPPER_ROMAN -> 5;
        };
    }

    /** @return the list that numbers body headings 1, 1.1, 1.1.1 */
    public BigInteger headings() {
        return add(HEADINGS, 0, 1);
    }

    /** @return the list that numbers appendix headings A, A.1, A.1.1 */
    public BigInteger appendixHeadings() {
        return add(APPENDIX_HEADINGS, 0, 1);
    }

    /** Word has nine list levels, 0 to 8; deeper nesting is set at the deepest. */
    public static int level(int depth) {
        return Math.min(depth, 8);
    }

    private BigInteger add(int abstractId, int level, int start) {
        BigInteger id = BigInteger.valueOf(nextNumId++);
        CTNum num = numbering.addNewNum();
        num.setNumId(id);
        num.addNewAbstractNumId().setVal(BigInteger.valueOf(abstractId));
        CTNumLvl override = num.addNewLvlOverride();
        override.setIlvl(BigInteger.valueOf(level(level)));
        override.addNewStartOverride().setVal(BigInteger.valueOf(start));
        return id;
    }
}

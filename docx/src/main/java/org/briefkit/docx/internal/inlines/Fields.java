package org.briefkit.docx.internal.inlines;

import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFldChar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

/**
 * Word's complex fields (PAGE, NUMPAGES, TOC, PAGEREF): a begin mark, the instruction, a
 * separator, the cached result a viewer shows until Word updates the field, and an end mark. A
 * field may span paragraphs (the table of contents does), so the marks are written one by one.
 */
public final class Fields {
    private Fields() {
    }

    /**
     * @param runs  where the field starts
     * @param dirty whether Word should update it when the document opens
     */
    public static void begin(Runs runs, boolean dirty) {
        CTFldChar mark = runs.run().addNewFldChar();
        mark.setFldCharType(STFldCharType.BEGIN);
        if (dirty) {
            mark.setDirty(true);
        }
    }

    /** @param runs where the field is; @param instruction such as {@code PAGE} or {@code TOC \o "1-3" \h} */
    public static void instruction(Runs runs, String instruction) {
        CTText text = runs.run().addNewInstrText();
        text.setStringValue(" " + instruction + " ");
        text.setSpace(SpaceAttribute.Space.PRESERVE);
    }

    /** @param runs where the field's cached result starts */
    public static void separate(Runs runs) {
        runs.run().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
    }

    /** @param runs where the field ends */
    public static void end(Runs runs) {
        runs.run().addNewFldChar().setFldCharType(STFldCharType.END);
    }

    /**
     * A whole field in one place.
     *
     * @param runs        where it goes
     * @param format      the look of its result
     * @param instruction its instruction
     * @param cached      the result shown until Word updates it
     */
    public static void simple(Runs runs, RunFormat format, String instruction, String cached) {
        begin(runs, false);
        instruction(runs, instruction);
        separate(runs);
        if (!cached.isEmpty()) {
            CTR result = format.applyTo(runs.run());
            result.addNewT().setStringValue(cached);
        }
        end(runs);
    }
}

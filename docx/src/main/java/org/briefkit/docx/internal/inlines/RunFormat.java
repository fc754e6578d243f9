package org.briefkit.docx.internal.inlines;

import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STVerticalAlignRun;

/**
 * The formatting an inline's runs carry beyond their paragraph's style: a character style, and
 * the toggles of emphasis, strong, small caps, strike-out and raised or lowered text. Immutable;
 * each nested inline adds to its parent's.
 *
 * <p>Properties are written in the schema's order (rStyle, b, i, smallCaps, strike, vertAlign):
 * POI writes them in call order, and Word is reported to ignore out-of-order ones.
 *
 * @param style     a character style id, or null
 * @param bold      bold
 * @param italic    italic
 * @param smallCaps small capitals
 * @param strike    struck out
 * @param vertical  0 on the baseline, 1 raised, -1 lowered
 */
public record RunFormat(String style, boolean bold, boolean italic, boolean smallCaps, boolean strike, int vertical) {
    /** No formatting: the paragraph style's look. */
    public static final RunFormat PLAIN = new RunFormat(null, false, false, false, false, 0);

    /** @param id a character style id; @return this formatting in that style */
    public RunFormat withStyle(String id) {
        return new RunFormat(id, bold, italic, smallCaps, strike, vertical);
    }

    /** @return this formatting, bold */
    public RunFormat withBold() {
        return new RunFormat(style, true, italic, smallCaps, strike, vertical);
    }

    /** @return this formatting, italic */
    public RunFormat withItalic() {
        return new RunFormat(style, bold, true, smallCaps, strike, vertical);
    }

    /** @return this formatting, in small capitals */
    public RunFormat withSmallCaps() {
        return new RunFormat(style, bold, italic, true, strike, vertical);
    }

    /** @return this formatting, struck out */
    public RunFormat withStrike() {
        return new RunFormat(style, bold, italic, smallCaps, true, vertical);
    }

    /** @param direction 1 raised, -1 lowered; @return this formatting, raised or lowered */
    public RunFormat withVertical(int direction) {
        return new RunFormat(style, bold, italic, smallCaps, strike, direction);
    }

    /** @param run a new, empty run; @return the run, with this formatting's properties */
    public CTR applyTo(CTR run) {
        if (equals(PLAIN)) {
            return run;
        }
        CTRPr rpr = run.addNewRPr();
        if (style != null) {
            rpr.addNewRStyle().setVal(style);
        }
        if (bold) {
            rpr.addNewB();
        }
        if (italic) {
            rpr.addNewI();
        }
        if (smallCaps) {
            rpr.addNewSmallCaps();
        }
        if (strike) {
            rpr.addNewStrike();
        }
        if (vertical != 0) {
            rpr.addNewVertAlign().setVal(vertical > 0 ? STVerticalAlignRun.SUPERSCRIPT : STVerticalAlignRun.SUBSCRIPT);
        }
        return run;
    }
}

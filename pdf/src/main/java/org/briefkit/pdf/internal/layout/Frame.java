package org.briefkit.pdf.internal.layout;

import org.briefkit.pdf.internal.layout.Styles.ParagraphStyle;

/**
 * Where blocks are being laid out: the measure (left edge and width, from the text block's
 * left), the backdrops behind them, the style of their paragraphs, and the label waiting for the
 * first box of a list item. Immutable; nested blocks get derived frames.
 *
 * @param left        the left edge, from the text block's left
 * @param width       the measure
 * @param backdrops   drawn behind every item
 * @param body        the style of paragraphs here
 * @param listDepth   how many lists enclose this frame
 * @param label       the label for the next box (a list item's bullet), or null
 */
record Frame(float left, float width, Backdrop[] backdrops, ParagraphStyle body, int listDepth, LabelSlot label) {

    /** A label waiting for the first box of a list item. */
    static final class LabelSlot {
        final Label label;
        boolean used;

        LabelSlot(Label label) {
            this.label = label;
        }
    }

    Frame indent(float leftBy, float rightBy) {
        return new Frame(left + leftBy, width - leftBy - rightBy, backdrops, body, listDepth, label);
    }

    Frame with(Backdrop b) {
        return new Frame(left, width, b.addTo(backdrops), body, listDepth, label);
    }

    Frame withBody(ParagraphStyle value) {
        return new Frame(left, width, backdrops, value, listDepth, label);
    }

    Frame withLabel(LabelSlot value) {
        return new Frame(left, width, backdrops, body, listDepth, value);
    }

    Frame nestedList() {
        return new Frame(left, width, backdrops, body, listDepth + 1, label);
    }
}

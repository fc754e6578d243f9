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
 * @param minWidth    the narrowest measure nesting may leave ({@link #nest}): set where the frame
 *                    is made, kept by every frame derived from it
 */
record Frame(float left, float width, Backdrop[] backdrops, ParagraphStyle body, int listDepth, LabelSlot label,
        float minWidth) {

    /** Nesting stops indenting at a third of the measure or 10 em, whichever is narrower. */
    static final float MIN_EMS = 10;

    /**
     * A frame whose nested blocks may narrow its measure down to a third of it or 10 em of its
     * body text, whichever is narrower: 110 pt in an 11 pt body on Letter, so a list in a
     * quote in a list in a callout, 61 levels deep, still sets every word.
     */
    Frame(float left, float width, Backdrop[] backdrops, ParagraphStyle body, int listDepth, LabelSlot label) {
        this(left, width, backdrops, body, listDepth, label,
                Math.max(0, Math.min(width / 3, body.text().size() * MIN_EMS)));
    }

    /** A label waiting for the first box of a list item. */
    static final class LabelSlot {
        final Label label;
        boolean used;

        LabelSlot(Label label) {
            this.label = label;
        }
    }

    /** A part of this frame's measure (a column, the room beside a picture): not limited by {@link #minWidth}. */
    Frame indent(float leftBy, float rightBy) {
        return new Frame(left + leftBy, width - leftBy - rightBy, backdrops, body, listDepth, label, minWidth);
    }

    /** @return whether a nested block may indent by {@code leftBy + rightBy} and keep {@link #minWidth} */
    boolean canNest(float leftBy, float rightBy) {
        return width - leftBy - rightBy >= minWidth;
    }

    /**
     * The frame of a nested block (a list item, a quote, a callout's padding): indented when that
     * leaves at least {@link #minWidth}, else this frame's measure as it is, so nesting deeper
     * than the measure allows keeps the last indent and every word is still set.
     */
    Frame nest(float leftBy, float rightBy) {
        return canNest(leftBy, rightBy) ? indent(leftBy, rightBy) : this;
    }

    Frame with(Backdrop b) {
        return new Frame(left, width, b.addTo(backdrops), body, listDepth, label, minWidth);
    }

    Frame withBody(ParagraphStyle value) {
        return new Frame(left, width, backdrops, value, listDepth, label, minWidth);
    }

    Frame withLabel(LabelSlot value) {
        return new Frame(left, width, backdrops, body, listDepth, value, minWidth);
    }

    Frame nestedList() {
        return new Frame(left, width, backdrops, body, listDepth + 1, label, minWidth);
    }
}

package org.briefkit.pdf.internal.layout;

import org.briefkit.model.Block;
import org.briefkit.pdf.internal.text.SetLine;

/**
 * A list item's bullet or number (or a note's number), hung to the left of the item's first
 * line, on its baseline; a linked label (a note's number, back to its marker) is clickable.
 *
 * @param line the label, set
 * @param x    its left, from the text block's left edge
 */
record Label(SetLine line, float x) {
    void draw(Emitter e, float left, float baseline, Block source) {
        float size = 0;
        for (SetLine.Run r : line.runs()) {
            e.box(new GlyphRun(r.face(), r.style().size(), r.style().colour(), left + x + r.x(),
                    baseline - r.style().rise(), r.text(), r.wordSpacing(), r.width(), r.actualText(), source));
            size = Math.max(size, r.style().size());
        }
        for (SetLine.LinkSpan l : line.links()) {
            e.box(new LinkArea(left + x + l.x(), baseline - size, l.width(), size * 1.3f, l.target()));
        }
    }
}

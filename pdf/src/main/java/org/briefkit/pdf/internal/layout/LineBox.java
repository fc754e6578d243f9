package org.briefkit.pdf.internal.layout;

import java.util.List;
import org.briefkit.model.Block;
import org.briefkit.pdf.internal.text.SetLine;
import org.briefkit.pdf.internal.text.TextStyle;

/** One line of a paragraph in the vertical list. */
final class LineBox extends VBox {
    private final SetLine line;
    private final float indent;
    private final float height;
    private final float baseline;
    private final List<Footnote> notes;

    /**
     * @param line      the set line
     * @param indent    its left, from the text block's left edge
     * @param height    its height (the leading, or more for tall content)
     * @param baseline  the baseline, from the top of the box
     * @param notes     footnotes cited on it
     * @param backdrops what is drawn behind it
     * @param source    its block
     */
    LineBox(SetLine line, float indent, float height, float baseline, List<Footnote> notes, Backdrop[] backdrops,
            Block source) {
        super(backdrops, source);
        this.line = line;
        this.indent = indent;
        this.height = height;
        this.baseline = baseline;
        this.notes = notes;
    }

    SetLine line() {
        return line;
    }

    @Override
    float height() {
        return height;
    }

    @Override
    float firstBaseline() {
        return baseline;
    }

    @Override
    List<Footnote> footnotes() {
        return notes;
    }

    @Override
    void draw(Emitter e, float x, float y) {
        float left = x + indent;
        float base = y + baseline;
        for (SetLine.Run r : line.runs()) {
            TextStyle s = r.style();
            float runBase = base - s.rise();
            e.box(new GlyphRun(r.face(), s.size(), s.colour(), left + r.x(), runBase, r.text(), r.wordSpacing(),
                    r.width(), r.actualText(), source()));
            if (s.strike()) {
                float at = runBase - r.face().capHeight() * s.size() / 1000f * 0.45f;
                e.box(new Rule(left + r.x(), at, left + r.x() + r.width(), at, s.size() / 16f, s.colour()));
            }
            if (s.underline()) {
                float at = runBase + s.size() * 0.12f;
                e.box(new Rule(left + r.x(), at, left + r.x() + r.width(), at, s.size() / 16f, s.colour()));
            }
        }
        for (SetLine.LinkSpan l : line.links()) {
            e.box(new LinkArea(left + l.x(), y, l.width(), height, l.target()));
        }
        for (SetLine.PlacedAnchor a : line.anchors()) {
            e.destination(a.id(), left + a.x(), y);
        }
    }
}

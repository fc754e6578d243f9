package org.briefkit.pdf.internal.layout;

import java.util.ArrayList;
import java.util.List;
import org.briefkit.model.Block;
import org.briefkit.theme.Rgb;

/**
 * Boxes and decorations kept together as one unbreakable box: a figure with its caption, a
 * table row with its cells, shading and rules, a thematic break. Children are placed at offsets
 * from the box's top-left; decorations are fills and rules drawn before them.
 */
class StackBox extends VBox {
    private final List<VBox> children = new ArrayList<>();
    private final List<float[]> offsets = new ArrayList<>();
    private final List<Deco> decorations = new ArrayList<>();
    private final List<Footnote> notes = new ArrayList<>();
    private float height;
    private float firstBaseline = -1;
    private VBox repeatedHeader;

    /** A fill or a rule relative to the box's top-left; a rule is a fill of the rule's thickness. */
    record Deco(boolean rule, float x, float y, float w, float h, float thickness, Rgb colour) {
    }

    StackBox(Backdrop[] backdrops, Block source) {
        super(backdrops, source);
    }

    /** Adds a child at an offset; the box grows to hold it. */
    void add(VBox child, float dx, float dy) {
        children.add(child);
        offsets.add(new float[] {dx, dy});
        height = Math.max(height, dy + child.height());
        notes.addAll(child.footnotes());
        if (firstBaseline < 0) {
            firstBaseline = dy + child.firstBaseline();
        }
    }

    void fill(float x, float y, float w, float h, Rgb colour) {
        decorations.add(new Deco(false, x, y, w, h, 0, colour));
    }

    void rule(float x1, float y1, float x2, float y2, float thickness, Rgb colour) {
        decorations.add(new Deco(true, x1, y1, x2 - x1, y2 - y1, thickness, colour));
    }

    /** Receives a child and its offset. */
    interface ChildVisitor {
        void accept(VBox child, float dx, float dy);
    }

    void forEachChild(ChildVisitor visitor) {
        for (int i = 0; i < children.size(); i++) {
            visitor.accept(children.get(i), offsets.get(i)[0], offsets.get(i)[1]);
        }
    }

    void setHeight(float value) {
        height = value;
    }

    /** @param header the table header rows to repeat when this row starts a page */
    void repeatHeader(VBox header) {
        repeatedHeader = header;
    }

    @Override
    VBox repeatedHeader() {
        return repeatedHeader;
    }

    @Override
    float height() {
        return height;
    }

    @Override
    float firstBaseline() {
        return firstBaseline >= 0 ? firstBaseline : super.firstBaseline();
    }

    @Override
    List<Footnote> footnotes() {
        return notes;
    }

    @Override
    void draw(Emitter e, float x, float y) {
        for (Deco d : decorations) {
            if (!d.rule()) {
                e.box(new Fill(x + d.x(), y + d.y(), d.w(), d.h(), d.colour()));
            }
        }
        for (int i = 0; i < children.size(); i++) {
            float[] at = offsets.get(i);
            children.get(i).place(e, x + at[0], y + at[1]);
        }
        for (Deco d : decorations) {
            if (d.rule()) {
                e.box(new Rule(x + d.x(), y + d.y(), x + d.x() + d.w(), y + d.y() + d.h(), d.thickness(), d.colour()));
            }
        }
    }
}

package org.briefkit.pdf.internal.layout;

import java.util.ArrayList;
import java.util.List;
import org.briefkit.model.Block;

/**
 * A box of the vertical list: something of fixed height that is placed whole on one page (a
 * line, a table row, a figure). It knows the block it came from, and may carry what must land
 * with it: the anchors of its block, the heading it starts, a list label, footnotes it cites.
 */
abstract non-sealed class VBox extends VItem {
    private final Block source;
    private List<String> anchors;
    private HeadingInfo heading;
    private Label label;
    private boolean floats;

    VBox(Backdrop[] backdrops, Block source) {
        super(backdrops);
        this.source = source;
    }

    /** @return the block this box came from */
    final Block source() {
        return source;
    }

    /** @return the distance from the top of the box to its first baseline, where a label sits */
    float firstBaseline() {
        return Math.min(height(), 10);
    }

    /** @return footnotes cited in this box, in order */
    List<Footnote> footnotes() {
        return List.of();
    }

    /** @return the header rows to repeat above this box when it starts a page, or null */
    VBox repeatedHeader() {
        return null;
    }

    void anchor(String id) {
        if (anchors == null) {
            anchors = new ArrayList<>(1);
        }
        anchors.add(id);
    }

    void heading(HeadingInfo value) {
        heading = value;
    }

    HeadingInfo heading() {
        return heading;
    }

    void label(Label value) {
        label = value;
    }

    /** Lets the page builder move this box (a figure) to the top of the next page when it does not fit. */
    void floats(boolean value) {
        floats = value;
    }

    /** @return whether this box may move to the next page while the text after it fills this one */
    boolean floats() {
        return floats;
    }

    /** Places the box with its top-left at the text block's left edge {@code x} and {@code y}. */
    final void place(Emitter e, float x, float y) {
        if (heading != null) {
            e.heading(heading, x, y);
        }
        if (anchors != null) {
            for (String id : anchors) {
                e.destination(id, x, y);
            }
        }
        if (label != null) {
            // before the content, so text extraction reads "1. First item", not "First item 1."
            label.draw(e, x, y + firstBaseline(), source);
        }
        draw(e, x, y);
    }

    /** Draws the box's own content. */
    abstract void draw(Emitter e, float x, float y);
}

package org.briefkit.pdf.internal.layout;

import java.util.List;

/**
 * A note set for the foot of a page: its lines (and the space before each), which the page
 * builder may split across pages between lines.
 */
final class Footnote {
    final int number;
    final List<VBox> lines;
    final float[] spaceBefore;
    final float height;

    Footnote(int number, List<VBox> lines, float[] spaceBefore) {
        this.number = number;
        this.lines = List.copyOf(lines);
        this.spaceBefore = spaceBefore;
        float h = 0;
        for (int i = 0; i < lines.size(); i++) {
            h += spaceBefore[i] + lines.get(i).height();
        }
        this.height = h;
    }

    /** @return the height of lines {@code [from, to)}, without the space before the first */
    float height(int from, int to) {
        float h = 0;
        for (int i = from; i < to; i++) {
            h += (i > from ? spaceBefore[i] : 0) + lines.get(i).height();
        }
        return h;
    }
}

package org.briefkit.pdf.internal.layout;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One laid-out page: its size, its text block, the boxes of its content (text, notes, rules,
 * images, links, destinations) and its furniture (running header and footer), which sits in the
 * margins.
 */
public final class Page {
    private final int number;
    private final float width;
    private final float height;
    private final Rect frame;
    private final PageStyle style;
    private final List<Box> boxes = new ArrayList<>();
    private final List<Box> furniture = new ArrayList<>();

    Page(int number, float width, float height, Rect frame, PageStyle style) {
        this.number = number;
        this.width = width;
        this.height = height;
        this.frame = frame;
        this.style = style;
    }

    /** @return the page number, 1 for the first */
    public int number() {
        return number;
    }

    /** @return the trimmed width in points */
    public float width() {
        return width;
    }

    /** @return the trimmed height in points */
    public float height() {
        return height;
    }

    /** @return the text block */
    public Rect frame() {
        return frame;
    }

    /** @return the style the page was started with (its running heads) */
    public PageStyle style() {
        return style;
    }

    /** @return the content's boxes, in drawing order (backgrounds first) */
    public List<Box> boxes() {
        return Collections.unmodifiableList(boxes);
    }

    /** @return the running header's and footer's boxes */
    public List<Box> furniture() {
        return Collections.unmodifiableList(furniture);
    }

    void add(Box box) {
        boxes.add(box);
    }

    /** Inserts boxes into the drawing order at {@code index}. */
    void insert(int index, List<Box> added) {
        boxes.addAll(index, added);
    }

    void addFurniture(Box box) {
        furniture.add(box);
    }

    void trim() {
        if (boxes instanceof ArrayList<Box> list) {
            list.trimToSize();
        }
    }

    /** @return whether the page has no content */
    public boolean isEmpty() {
        return boxes.isEmpty();
    }
}

package org.briefkit.pdf.internal.layout.kinds;

import java.util.ArrayList;
import java.util.List;
import org.briefkit.model.Inline;
import org.briefkit.pdf.internal.layout.PageCanvas;
import org.briefkit.pdf.internal.layout.Styles.ParagraphStyle;
import org.briefkit.pdf.internal.layout.TextRun;
import org.briefkit.theme.Rgb;

/**
 * A column of paragraphs, bands and spaces for a fixed page, measured before it is drawn, so a
 * cover can place it by its foot (a back cover's text sits at the bottom of the page) or move it
 * up when a long title would reach the organization's name.
 */
final class CanvasStack {
    private interface Item {
        float height(PageCanvas canvas, float width);

        void draw(PageCanvas canvas, float x, float y, float width);

        default boolean isSpace() {
            return false;
        }
    }

    private final List<Item> items = new ArrayList<>();

    /** Adds a paragraph in one style, with the style's space before and after. */
    CanvasStack paragraph(List<Inline> content, ParagraphStyle style) {
        return runs(List.of(new TextRun(content, style.text())), style);
    }

    /** Adds a paragraph of runs, with the style's space before and after. */
    CanvasStack runs(List<TextRun> runs, ParagraphStyle style) {
        space(style.spaceBefore());
        items.add(new Item() {
            @Override
            public float height(PageCanvas canvas, float width) {
                return canvas.measure(runs, width, style.leading());
            }

            @Override
            public void draw(PageCanvas canvas, float x, float y, float width) {
                canvas.paragraph(runs, style.align(), x, y, width, style.leading());
            }
        });
        return space(style.spaceAfter());
    }

    /** Adds a filled band across the column. */
    CanvasStack band(float thickness, Rgb colour) {
        items.add(new Item() {
            @Override
            public float height(PageCanvas canvas, float width) {
                return thickness;
            }

            @Override
            public void draw(PageCanvas canvas, float x, float y, float width) {
                canvas.fill(x, y, width, thickness, colour);
            }
        });
        return this;
    }

    /** Adds vertical space. */
    CanvasStack space(float points) {
        if (points > 0) {
            items.add(new Item() {
                @Override
                public float height(PageCanvas canvas, float width) {
                    return points;
                }

                @Override
                public void draw(PageCanvas canvas, float x, float y, float width) {
                }

                @Override
                public boolean isSpace() {
                    return true;
                }
            });
        }
        return this;
    }

    /** @return whether nothing was added */
    boolean isEmpty() {
        return items.isEmpty();
    }

    /** @return the items up to the last that is not space: space at the end takes no room */
    private List<Item> content() {
        int end = items.size();
        while (end > 0 && items.get(end - 1).isSpace()) {
            end--;
        }
        return items.subList(0, end);
    }

    /** @return the column's height at this width, space at its end left out */
    float height(PageCanvas canvas, float width) {
        float h = 0;
        for (Item item : content()) {
            h += item.height(canvas, width);
        }
        return h;
    }

    /** Draws the column from {@code y} down; @return the y below it */
    float draw(PageCanvas canvas, float x, float y, float width) {
        float at = y;
        for (Item item : content()) {
            item.draw(canvas, x, at, width);
            at += item.height(canvas, width);
        }
        return at;
    }
}

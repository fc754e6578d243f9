package org.briefkit.pdf.internal.layout;

import java.util.List;
import org.briefkit.model.Image;
import org.briefkit.model.Inline;
import org.briefkit.pdf.internal.text.LineSetter.Align;
import org.briefkit.pdf.internal.text.TextStyle;
import org.briefkit.theme.Rgb;

/**
 * Draws a {@link FixedPage} at absolute positions (points from the page's top-left corner).
 * Text is still set by the same line breaker and fonts as the flows; flush-left text of a few
 * lines (a cover's title) is set in lines of even length.
 */
public interface PageCanvas {
    /** @return the page's size and text block */
    Rect frame();

    /** @return the page width */
    float width();

    /** @return the page height */
    float height();

    /** @return the render's paragraph styles */
    Styles styles();

    /**
     * Sets inlines as a paragraph in a box.
     *
     * @param content the text
     * @param style   its style
     * @param align   how its lines sit
     * @param x       left
     * @param y       top of the first line
     * @param width   the measure
     * @param leading baseline to baseline
     * @return the y below the last line
     */
    default float paragraph(List<Inline> content, TextStyle style, Align align, float x, float y, float width,
            float leading) {
        return paragraph(List.of(new TextRun(content, style)), align, x, y, width, leading);
    }

    /**
     * Sets runs in styles of their own as a paragraph in a box.
     *
     * @param runs    the text
     * @param align   how its lines sit
     * @param x       left
     * @param y       top of the first line
     * @param width   the measure
     * @param leading baseline to baseline
     * @return the y below the last line
     */
    float paragraph(List<TextRun> runs, Align align, float x, float y, float width, float leading);

    /**
     * Measures inlines set as a paragraph, without drawing them: to place text by its foot.
     *
     * @param content the text
     * @param style   its style
     * @param width   the measure
     * @param leading baseline to baseline
     * @return the height {@link #paragraph} would take
     */
    default float measure(List<Inline> content, TextStyle style, float width, float leading) {
        return measure(List.of(new TextRun(content, style)), width, leading);
    }

    /**
     * Measures runs set as a paragraph, without drawing them.
     *
     * @param runs    the text
     * @param width   the measure
     * @param leading baseline to baseline
     * @return the height {@link #paragraph(List, Align, float, float, float, float)} would take
     */
    float measure(List<TextRun> runs, float width, float leading);

    /** A filled rectangle. */
    void fill(float x, float y, float width, float height, Rgb colour);

    /** A straight line. */
    void rule(float x1, float y1, float x2, float y2, float thickness, Rgb colour);

    /** A picture scaled into a rectangle. */
    void image(Image image, String altText, float x, float y, float width, float height);

    /** A named destination. */
    void destination(String name, float x, float y);
}

package org.briefkit.pdf.internal.layout;

import org.briefkit.model.Block;
import org.briefkit.model.Image;

/**
 * A picture scaled into a rectangle.
 *
 * @param x       left
 * @param y       top
 * @param width   width
 * @param height  height
 * @param image   the picture
 * @param altText what it shows
 * @param source  the figure it came from
 */
public record ImageBox(float x, float y, float width, float height, Image image, String altText, Block source)
        implements Box {
}

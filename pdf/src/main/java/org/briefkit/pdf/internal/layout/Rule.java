package org.briefkit.pdf.internal.layout;

import org.briefkit.theme.Rgb;

/**
 * A straight line.
 *
 * @param x1        start x
 * @param y1        start y
 * @param x2        end x
 * @param y2        end y
 * @param thickness the line width in points
 * @param colour    the stroke colour
 */
public record Rule(float x1, float y1, float x2, float y2, float thickness, Rgb colour) implements Box {
}

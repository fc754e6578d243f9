package org.briefkit.pdf.internal.layout;

import org.briefkit.theme.Rgb;

/**
 * A filled rectangle: a callout's background, a table header's shading.
 *
 * @param x      left
 * @param y      top
 * @param width  width
 * @param height height
 * @param colour the fill colour
 */
public record Fill(float x, float y, float width, float height, Rgb colour) implements Box {
}

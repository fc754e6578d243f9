package org.briefkit.pdf.internal.layout;

/**
 * A rectangle in page coordinates (top-left origin, y down).
 *
 * @param x      left
 * @param y      top
 * @param width  width
 * @param height height
 */
public record Rect(float x, float y, float width, float height) {
    /** @return the right edge */
    public float right() {
        return x + width;
    }

    /** @return the bottom edge */
    public float bottom() {
        return y + height;
    }
}

package org.briefkit.pdf.internal.layout;

/**
 * A clickable area.
 *
 * @param x      left
 * @param y      top
 * @param width  width
 * @param height height
 * @param target a URI, or {@code #name} for a destination in this document
 */
public record LinkArea(float x, float y, float width, float height, String target) implements Box {
    /** @return whether the target is a destination in this document */
    public boolean internal() {
        return target.startsWith("#");
    }

    /** @return the destination's name, for an internal link */
    public String destination() {
        return target.substring(1);
    }
}

package org.briefkit.pdf.internal.layout;

import org.briefkit.theme.Rgb;

/**
 * A dotted leader, as between a table of contents' entry and its page number: round dots on a
 * baseline, {@code pitch} apart, from {@code x1} to {@code x2}. Dots sit on a grid counted from
 * the page's left edge, so the leaders of lines one under another line up.
 *
 * @param x1     the left end: the first dot is the first grid point at or after it
 * @param x2     the right end: no dot beyond it
 * @param y      the baseline
 * @param pitch  the distance between dots
 * @param size   a dot's diameter
 * @param colour the dots' colour
 */
public record Leader(float x1, float x2, float y, float pitch, float size, Rgb colour) implements Box {
    /** @return the centre of the first dot */
    public float first() {
        return (float) Math.ceil(x1 / pitch) * pitch;
    }

    /** @return how many dots there are */
    public int dots() {
        float first = first();
        return first > x2 ? 0 : (int) Math.floor((x2 - first) / pitch) + 1;
    }
}

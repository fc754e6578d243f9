package org.briefkit.pdf.internal.layout;

import org.briefkit.theme.Rgb;

/**
 * Something drawn behind a block across its whole height, on every page it reaches: a callout's
 * fill, a quotation's bar, a code block's shading. Compared by identity: each block that draws
 * one makes its own.
 */
final class Backdrop {
    /** What is drawn. */
    enum Kind {
        /** A filled rectangle. */
        FILL,
        /** A vertical bar at the left. */
        BAR
    }

    final Kind kind;
    final float x;
    final float width;
    final Rgb colour;

    /**
     * @param kind   fill or bar
     * @param x      left, from the text block's left edge
     * @param width  width
     * @param colour colour
     */
    Backdrop(Kind kind, float x, float width, Rgb colour) {
        this.kind = kind;
        this.x = x;
        this.width = width;
        this.colour = colour;
    }

    /** @return {@code list} with this backdrop added */
    Backdrop[] addTo(Backdrop[] list) {
        Backdrop[] out = java.util.Arrays.copyOf(list, list.length + 1);
        out[list.length] = this;
        return out;
    }

    static boolean contains(Backdrop[] list, Backdrop b) {
        for (Backdrop x : list) {
            if (x == b) {
                return true;
            }
        }
        return false;
    }

    /** @return the backdrops both lists hold, in {@code a}'s order */
    static Backdrop[] common(Backdrop[] a, Backdrop[] b) {
        if (a == b) {
            return a;
        }
        int n = 0;
        Backdrop[] out = new Backdrop[Math.min(a.length, b.length)];
        for (Backdrop x : a) {
            if (contains(b, x)) {
                out[n++] = x;
            }
        }
        return n == 0 ? VItem.NO_BACKDROPS : java.util.Arrays.copyOf(out, n);
    }
}

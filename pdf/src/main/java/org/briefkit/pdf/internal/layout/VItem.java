package org.briefkit.pdf.internal.layout;

/**
 * An item of the vertical list the page builder fills pages from, as in TeX: a {@link VBox}
 * (a line, a table row, a figure: something with height that is drawn), {@link Glue} (space
 * between boxes, dropped at the top of a page) or a {@link Penalty} (the only places a page may
 * break, at a cost; none between two boxes means they stay together). Every item carries the
 * backdrops (callout fills, quote bars) of the block it belongs to.
 */
abstract sealed class VItem permits VBox, VItem.Glue, VItem.Penalty {
    static final Backdrop[] NO_BACKDROPS = new Backdrop[0];

    private final Backdrop[] backdrops;

    VItem(Backdrop[] backdrops) {
        this.backdrops = backdrops;
    }

    /** @return the backdrops drawn behind this item */
    final Backdrop[] backdrops() {
        return backdrops;
    }

    /** @return the height this item takes on a page */
    abstract float height();

    /** Space between boxes. */
    static final class Glue extends VItem {
        private final float height;

        Glue(float height, Backdrop[] backdrops) {
            super(backdrops);
            this.height = height;
        }

        @Override
        float height() {
            return height;
        }
    }

    /** A place where a page may break, at a cost; {@code -INFINITY} forces a break. */
    static final class Penalty extends VItem {
        static final int INFINITY = 10_000;
        private final int cost;

        Penalty(int cost) {
            super(NO_BACKDROPS);
            this.cost = cost;
        }

        int cost() {
            return cost;
        }

        @Override
        float height() {
            return 0;
        }
    }
}

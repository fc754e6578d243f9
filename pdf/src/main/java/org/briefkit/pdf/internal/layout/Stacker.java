package org.briefkit.pdf.internal.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds the vertical list from boxes, spaces and break costs, and applies the keeps: between
 * two boxes it puts the break cost asked for (the highest asked; a forced break wins), then the
 * space asked for (the largest; spaces between blocks collapse, as margins do), then the box.
 * After a heading, the next boxes may not be separated from it ({@link #keep}); a stretch can be
 * held on one page ({@link #hold}). An infinite cost
 * is not written at all: two boxes with no penalty between them stay on one page.
 */
final class Stacker {
    private final VSink out;
    private boolean started;
    private int cost;
    private boolean costSet;
    private float space;
    private int keep;
    private int hold;
    private Backdrop[] previousBackdrops = VItem.NO_BACKDROPS;
    private List<String> pendingAnchors;

    Stacker(VSink out) {
        this.out = out;
    }

    /** Asks for a break cost before the next box; the highest asked wins, a forced break wins over all. */
    void penalty(int value) {
        if (!costSet) {
            cost = value;
            costSet = true;
        } else if (value <= -VItem.Penalty.INFINITY || cost <= -VItem.Penalty.INFINITY) {
            cost = -VItem.Penalty.INFINITY;
        } else {
            cost = Math.max(cost, value);
        }
    }

    /** Asks for space before the next box; the largest asked wins. */
    void space(float value) {
        space = Math.max(space, value);
    }

    /** Keeps the next {@code boxes} boxes on the page of the box before them. */
    void keep(int boxes) {
        keep = Math.max(keep, boxes);
    }

    /** Starts a stretch kept on one page: no break inside it but a forced one, until {@link #release}. */
    void hold() {
        hold++;
    }

    /** Ends the innermost {@link #hold}. */
    void release() {
        hold--;
    }

    /** Places an id at the next box. */
    void anchor(String id) {
        if (pendingAnchors == null) {
            pendingAnchors = new ArrayList<>();
        }
        pendingAnchors.add(id);
    }

    /**
     * Adds space that belongs to a block and is drawn with its backdrops (a callout's padding),
     * after whatever break and space were pending.
     */
    void pad(float height, Backdrop[] backdrops, boolean breakAfter) {
        if (started) {
            flushBreak(backdrops);
        } else {
            costSet = false;
            space = 0;
        }
        out.add(new VItem.Glue(height, backdrops));
        previousBackdrops = backdrops;
        if (!breakAfter) {
            costSet = true;
            cost = VItem.Penalty.INFINITY;
        }
    }

    /** Adds a box, after the pending break and space. */
    void box(VBox box) {
        if (pendingAnchors != null) {
            pendingAnchors.forEach(box::anchor);
            pendingAnchors = null;
        }
        if (started) {
            flushBreak(box.backdrops());
        } else {
            if (costSet && cost <= -VItem.Penalty.INFINITY) {
                out.add(new VItem.Penalty(cost));
            }
            if (space > 0) {
                out.add(new VItem.Glue(space, Backdrop.common(previousBackdrops, box.backdrops())));
            }
            costSet = false;
            space = 0;
        }
        out.add(box);
        started = true;
        previousBackdrops = box.backdrops();
        if (keep > 0) {
            keep--;
        }
    }

    private void flushBreak(Backdrop[] next) {
        int c = costSet ? cost : 0;
        if ((keep > 0 || hold > 0) && c > -VItem.Penalty.INFINITY) {
            c = VItem.Penalty.INFINITY;
        }
        if (c < VItem.Penalty.INFINITY) {
            out.add(new VItem.Penalty(c));
        }
        if (space > 0) {
            out.add(new VItem.Glue(space, Backdrop.common(previousBackdrops, next)));
        }
        costSet = false;
        space = 0;
    }
}

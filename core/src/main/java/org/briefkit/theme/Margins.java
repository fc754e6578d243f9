package org.briefkit.theme;

/**
 * Page margins, in points. With {@code mirrored}, inner and outer swap sides on left-hand
 * (even) pages, as for a bound book; the gutter is added to the inner margin for binding.
 *
 * @param top      above the text block (the running header sits in it)
 * @param bottom   below the text block (the running footer sits in it)
 * @param inner    the binding side: left on right-hand pages
 * @param outer    the other side
 * @param gutter   extra space on the binding side
 * @param mirrored whether even pages mirror odd ones
 */
public record Margins(double top, double bottom, double inner, double outer, double gutter, boolean mirrored) {
    /** Checks that no margin is negative. */
    public Margins {
        for (double m : new double[] {top, bottom, inner, outer, gutter}) {
            if (!(m >= 0) || Double.isInfinite(m)) {
                throw new ThemeException("margins", m + " is not a length of 0 or more");
            }
        }
    }

    /** @param all the same margin on every side; @return margins without mirroring or gutter */
    public static Margins uniform(double all) {
        return new Margins(all, all, all, all, 0, false);
    }

    /**
     * @param page a page number, 1 for the first (a right-hand page)
     * @return the left margin of that page, gutter included where it falls
     */
    public double left(int page) {
        return mirrored && page % 2 == 0 ? outer : inner + gutter;
    }

    /**
     * @param page a page number, 1 for the first
     * @return the right margin of that page
     */
    public double right(int page) {
        return mirrored && page % 2 == 0 ? inner + gutter : outer;
    }
}

package org.briefkit.theme;

/**
 * The trimmed size of a page, in points.
 *
 * @param width  the width
 * @param height the height
 */
public record PageSize(double width, double height) {
    /** US Letter, 8.5 x 11 in. */
    public static final PageSize LETTER = new PageSize(612, 792);
    /** ISO A4, 210 x 297 mm. */
    public static final PageSize A4 = new PageSize(Units.mm(210), Units.mm(297));

    /** Checks that the page is between 1 and 200 inches each way (PDF's own limit). */
    public PageSize {
        check("width", width);
        check("height", height);
    }

    private static void check(String side, double value) {
        if (!(value >= 72 && value <= 14400)) {
            throw new ThemeException("pageSize." + side, value + " pt is outside 72..14400 pt (1..200 in)");
        }
    }

    /** @param widthMm width in mm; @param heightMm height in mm; @return the size */
    public static PageSize mm(double widthMm, double heightMm) {
        return new PageSize(Units.mm(widthMm), Units.mm(heightMm));
    }

    /** @param widthIn width in inches; @param heightIn height in inches; @return the size */
    public static PageSize inches(double widthIn, double heightIn) {
        return new PageSize(Units.inch(widthIn), Units.inch(heightIn));
    }
}

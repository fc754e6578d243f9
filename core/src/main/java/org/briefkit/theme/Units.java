package org.briefkit.theme;

/** Converts lengths to points (1/72 inch), the unit of every length in a theme. */
public final class Units {
    private Units() {
    }

    /** @param mm millimetres; @return points */
    public static double mm(double mm) {
        return mm * 72.0 / 25.4;
    }

    /** @param inches inches; @return points */
    public static double inch(double inches) {
        return inches * 72.0;
    }

    /** @param points points; @return twentieths of a point (Word's twips) */
    public static int twips(double points) {
        return (int) Math.round(points * 20);
    }
}

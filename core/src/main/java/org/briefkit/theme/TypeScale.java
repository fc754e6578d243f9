package org.briefkit.theme;

import java.util.List;

/**
 * Type sizes in points, and the leading that goes with them.
 *
 * @param body         running text (10-12 pt for print)
 * @param lineHeight   baseline-to-baseline distance as a multiple of the size (1.2-1.45)
 * @param headings     sizes of heading levels 1 to 6
 * @param title        the document title on a cover or release
 * @param subtitle     the subtitle or subhead
 * @param note         footnotes and endnotes (8-9 pt)
 * @param caption      captions, credits and table text
 * @param code         code, in the monospace font
 * @param pullQuote    pull quotes
 * @param running      running headers and footers
 * @param paragraphGap space between paragraphs
 * @param compactBody  the largest size of running text in the kinds printed compact, press releases
 *                     and briefs (a body larger than this is set at this size there, its leading
 *                     and paragraph gap scaled alike), so a typical release fits one page and a
 *                     brief a few
 * @param compactLineHeight the largest leading of a press release's running text, as a multiple of
 *                     its size
 */
public record TypeScale(double body, double lineHeight, List<Double> headings, double title, double subtitle,
        double note, double caption, double code, double pullQuote, double running, double paragraphGap,
        double compactBody, double compactLineHeight) {

    /** The default {@link #compactBody}: 10.5 pt. */
    public static final double COMPACT_BODY = 10.5;
    /** The default {@link #compactLineHeight}: 1.25 (10.5 pt on 13 pt). */
    public static final double COMPACT_LINE_HEIGHT = 1.25;

    /** 11 pt body on 1.3 leading: a classic print setting for a one-column brief. */
    public static final TypeScale DEFAULT = new TypeScale(11, 1.3, List.of(18.0, 14.0, 12.0, 11.0, 10.5, 10.0),
            26, 15, 8.5, 9, 9, 16, 8.5, 6, COMPACT_BODY, COMPACT_LINE_HEIGHT);

    /**
     * A scale with the default compact body ({@value #COMPACT_BODY} pt on at most
     * {@value #COMPACT_LINE_HEIGHT} leading), as before the compact sizes were settings.
     */
    public TypeScale(double body, double lineHeight, List<Double> headings, double title, double subtitle,
            double note, double caption, double code, double pullQuote, double running, double paragraphGap) {
        this(body, lineHeight, headings, title, subtitle, note, caption, code, pullQuote, running, paragraphGap,
                COMPACT_BODY, COMPACT_LINE_HEIGHT);
    }

    /** Checks that every size is sensible. */
    public TypeScale {
        if (headings == null || headings.size() != 6) {
            throw new ThemeException("type.headings", "needs six sizes, one per heading level");
        }
        headings = List.copyOf(headings);
        for (double size : new double[] {body, title, subtitle, note, caption, code, pullQuote, running}) {
            check("type", size);
        }
        check("type.compactBody", compactBody);
        headings.forEach(size -> check("type.headings", size));
        if (!(lineHeight >= 1.0 && lineHeight <= 3.0)) {
            throw new ThemeException("type.lineHeight", lineHeight + " is outside 1.0..3.0");
        }
        if (!(compactLineHeight >= 1.0 && compactLineHeight <= 3.0)) {
            throw new ThemeException("type.compactLineHeight", compactLineHeight + " is outside 1.0..3.0");
        }
        if (!(paragraphGap >= 0 && paragraphGap <= 72)) {
            throw new ThemeException("type.paragraphGap", paragraphGap + " is outside 0..72 pt");
        }
    }

    private static void check(String setting, double size) {
        if (!(size >= 4 && size <= 96)) {
            throw new ThemeException(setting, size + " pt is outside 4..96 pt");
        }
    }

    /** @param level 1 to 6; @return that heading level's size */
    public double heading(int level) {
        return headings.get(level - 1);
    }

    /** @return the body's leading in points */
    public double bodyLeading() {
        return body * lineHeight;
    }
}

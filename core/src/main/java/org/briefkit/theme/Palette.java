package org.briefkit.theme;

/**
 * The theme's colours. The defaults are dark enough on white to survive grayscale photocopying;
 * no default carries meaning by colour alone.
 *
 * @param text        body text
 * @param accent      headings, rules and labels: one accent colour, as house styles use
 * @param muted       secondary text: captions, credits, running heads
 * @param rule        hairlines and table borders
 * @param calloutFill the background of callout boxes
 * @param headerFill  the background of table header rows
 * @param link        link text
 */
public record Palette(Rgb text, Rgb accent, Rgb muted, Rgb rule, Rgb calloutFill, Rgb headerFill, Rgb link) {
    /** Near-black text, a dark blue accent, gray secondaries, pale fills. */
    public static final Palette DEFAULT = new Palette(Rgb.hex("1A1A1A"), Rgb.hex("1F4E79"), Rgb.hex("595959"),
            Rgb.hex("A6A6A6"), Rgb.hex("EDF2F7"), Rgb.hex("E2E8F0"), Rgb.hex("1F4E79"));

    /** Checks that every colour is given. */
    public Palette {
        for (Rgb c : new Rgb[] {text, accent, muted, rule, calloutFill, headerFill, link}) {
            if (c == null) {
                throw new ThemeException("palette", "a colour is missing");
            }
        }
    }
}

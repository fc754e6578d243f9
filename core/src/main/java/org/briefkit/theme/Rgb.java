package org.briefkit.theme;

import java.util.Locale;

/**
 * An sRGB colour.
 *
 * @param red   0..255
 * @param green 0..255
 * @param blue  0..255
 */
public record Rgb(int red, int green, int blue) {
    /** Black. */
    public static final Rgb BLACK = new Rgb(0, 0, 0);
    /** White. */
    public static final Rgb WHITE = new Rgb(255, 255, 255);

    /** Checks each channel. */
    public Rgb {
        if ((red | green | blue) < 0 || red > 255 || green > 255 || blue > 255) {
            throw new ThemeException("color", "(" + red + ", " + green + ", " + blue + ") is outside 0..255");
        }
    }

    /**
     * @param hex six hex digits, with or without '#', such as {@code #1F4E79}
     * @return the colour
     */
    public static Rgb hex(String hex) {
        String digits = hex.startsWith("#") ? hex.substring(1) : hex;
        if (!digits.matches("[0-9A-Fa-f]{6}")) {
            throw new ThemeException("color", "'" + hex + "' is not a colour such as #1F4E79");
        }
        int v = Integer.parseInt(digits, 16);
        return new Rgb(v >> 16, (v >> 8) & 0xFF, v & 0xFF);
    }

    /** @return six upper-case hex digits without '#', as Word writes colours */
    public String toHex() {
        return String.format(Locale.ROOT, "%02X%02X%02X", red, green, blue);
    }

    /** @return the perceived lightness, 0 (black) to 1 (white), for grayscale checks */
    public double luminance() {
        return (0.2126 * red + 0.7152 * green + 0.0722 * blue) / 255.0;
    }
}

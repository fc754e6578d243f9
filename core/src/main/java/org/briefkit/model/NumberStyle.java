package org.briefkit.model;

/** How an ordered list numbers its items. */
public enum NumberStyle {
    /** 1, 2, 3 */
    DECIMAL,
    /** a, b, c */
    LOWER_ALPHA,
    /** A, B, C */
    UPPER_ALPHA,
    /** i, ii, iii */
    LOWER_ROMAN,
    /** I, II, III */
    UPPER_ROMAN;

    /**
     * @param number a positive item number
     * @return the number as this style writes it, without punctuation
     */
    public String format(int number) {
        return switch (this) {
            case DECIMAL -> Integer.toString(number);
            case LOWER_ALPHA -> alpha(number);
            case UPPER_ALPHA -> alpha(number).toUpperCase(java.util.Locale.ROOT);
            case LOWER_ROMAN -> roman(number).toLowerCase(java.util.Locale.ROOT);
            case UPPER_ROMAN -> roman(number);
        };
    }

    private static String alpha(int number) {
        StringBuilder out = new StringBuilder();
        for (int n = number; n > 0; n = (n - 1) / 26) {
            out.insert(0, (char) ('a' + (n - 1) % 26));
        }
        return out.length() == 0 ? "0" : out.toString();
    }

    private static String roman(int number) {
        if (number <= 0 || number >= 4000) {
            return Integer.toString(number);
        }
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] numerals = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder out = new StringBuilder();
        int n = number;
        for (int i = 0; i < values.length; i++) {
            for (; n >= values[i]; n -= values[i]) {
                out.append(numerals[i]);
            }
        }
        return out.toString();
    }
}

package org.briefkit.markdown.internal;

/**
 * Link targets as written made into valid URIs: surrounding space removed, and the characters a
 * URI may not hold (spaces, quotes, angle brackets, braces...) percent-encoded, as browsers do
 * with what users type. Letters outside ASCII are kept; java.net.URI accepts them.
 */
final class Urls {
    private static final String ENCODE = " \"<>\\^`{|}";

    private Urls() {
    }

    /** @param written a link target as written; @return it as a URI string */
    static String normalize(String written) {
        String text = written.strip();
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (ENCODE.indexOf(c) >= 0 || c < 0x20 || c == 0x7F) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 16).append(text, 0, i);
                }
                out.append('%').append(String.format("%02X", (int) c));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }
}

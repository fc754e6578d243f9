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

    /**
     * @param target a link target, normalized
     * @return whether it uses a scheme that runs code or reaches local files ({@code javascript:},
     *         {@code vbscript:}, {@code data:}, {@code file:}), which a document for print and
     *         sharing has no business linking to
     */
    static boolean isUnsafe(String target) {
        int colon = target.indexOf(':');
        if (colon < 0) {
            return false;
        }
        String scheme = target.substring(0, colon).strip().toLowerCase(java.util.Locale.ROOT);
        return java.util.Set.of("javascript", "vbscript", "data", "file").contains(scheme);
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

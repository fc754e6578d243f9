package org.briefkit.markdown.internal;

/**
 * Puts decoded text into the one shape the rest of the reader expects: no byte order mark, line
 * ends folded to LF, and every control character other than tab and line feed (C0, DEL, C1), every
 * unpaired surrogate and the non-characters U+FFFE and U+FFFF replaced by U+FFFD, the replacement
 * character. Replacing rather than refusing keeps a stray control character pasted from another
 * program from failing a whole document, and shows the reader where it was; it is one character
 * for one, so columns stay true.
 */
final class TextCleaner {
    static final char REPLACEMENT = '\uFFFD';

    private TextCleaner() {
    }

    /** @param raw decoded text; @return it, cleaned as the class describes */
    static String clean(String raw) {
        String text = raw.startsWith("\uFEFF") ? raw.substring(1) : raw;
        if (text.indexOf('\r') >= 0) {
            text = text.replace("\r\n", "\n").replace('\r', '\n');
        }
        return replaceControls(text);
    }

    /** @param text any text; @return it with forbidden characters replaced by U+FFFD */
    static String replaceControls(String text) {
        char[] chars = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean bad;
            if (Character.isHighSurrogate(c)) {
                bad = i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
                if (!bad) {
                    i++;
                    continue;
                }
            } else {
                bad = Character.isLowSurrogate(c) || isControl(c);
            }
            if (bad) {
                if (chars == null) {
                    chars = text.toCharArray();
                }
                chars[i] = REPLACEMENT;
            }
        }
        return chars == null ? text : new String(chars);
    }

    private static boolean isControl(char c) {
        return (c < 0x20 && c != '\t' && c != '\n') || (c >= 0x7F && c <= 0x9F) || c == '\uFFFE' || c == '\uFFFF';
    }
}

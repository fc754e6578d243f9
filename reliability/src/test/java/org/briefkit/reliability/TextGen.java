package org.briefkit.reliability;

import java.util.Random;

/**
 * Random text for generated documents: words from many scripts (Latin with and without accents,
 * combining marks, Greek, Cyrillic, CJK in the BMP and in Extension B, emoji with skin tones and
 * joiners, Arabic and Hebrew), any assigned or unassigned code point, odd white space, and now and
 * then an empty or a huge string. Never a character the model refuses, unless {@link #hostile}
 * asks for one.
 */
final class TextGen {
    private static final String[] LATIN = ("policy energy report alliance water budget climate defence trade "
            + "office official affine fluffy iffy waffle shuffling efficient reaffirm the of and a to in is for "
            + "interoperability counterintelligence internationalization telecommunications").split(" ");
    private static final String[] ACCENTED = "café naïve Ærøskøbing Straße Łódź São Paulo Ğİş façade œuvre ﬁnance".split(" ");
    private static final String[] GREEK = "Αθήνα πολιτική ενέργεια ΣΊΣΥΦΟΣ ς".split(" ");
    private static final String[] CYRILLIC = "Москва политика энергия Ёлка ДОКЛАД".split(" ");
    private static final String[] HEBREW = "שלום מדיניות אנרגיה".split(" ");
    private static final String[] ARABIC = "سلام سياسة الطاقة تقرير".split(" ");
    private static final String[] CJK = "政策 能源 報告書 서울 정책 에너지 東京 とうきょう カタカナ".split(" ");
    private static final String[] EMOJI = {"😀", "🌍", "👍🏽", "👩‍💻", "🇰🇷", "❤️", "🧪", "1️⃣"};
    private static final String[] ASTRAL = {"𠀀", "𠜎", "𪚥", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "𝟘𝟙𝟚", "𐍈", "🀄"};
    private static final String[] PUNCT = {".", ",", ";", ":", "!", "?", "—", "–", "-", "(", ")", "«", "»", "“", "”",
        "'", "\"", "&", "<", ">", "%", "$", "€", "§", "¶", "†", "…", "#", "*", "_", "`", "[", "]", "{", "}", "|",
        "\\", "/", "~", "^", "@", "½", "²", "№", "™"};
    private static final String[] SPACES = {" ", " ", " ", " ", "  ", "\t", "\n", "\r\n", "\r", "\u00A0", "\u2028",
        "\u3000", "\u200B", "\u2009"};
    private static final char[] FORBIDDEN = {'\u0000', '\u0001', '\u0007', '\u0008', '\u000B', '\u000C', '\u001B',
        '\u001F', '\u007F', '\u0080', '\u0085', '\u009F', '\uFFFE', '\uFFFF'};

    private final Random random;
    private final int injectAt;
    private int made;
    private boolean injected;

    /**
     * @param random   the source of randomness
     * @param injectAt the index of the string that gets a character the model refuses, or -1
     */
    TextGen(Random random, int injectAt) {
        this.random = random;
        this.injectAt = injectAt;
    }

    /** @return whether a refused character was put into some string */
    boolean injected() {
        return injected;
    }

    /** @return a short run of words (1 to 6), never blank */
    String words() {
        return string(1 + random.nextInt(6), false);
    }

    /** @return text for a paragraph: mostly a sentence or two, sometimes empty, rarely huge (see {@link #huge}) */
    String text() {
        int roll = random.nextInt(1000);
        if (roll < 30) {
            return maybeInject("");
        }
        return string(1 + random.nextInt(roll < 100 ? 40 : 8), true);
    }

    /** @return 500 to 3,000 words (some 4,000 to 25,000 characters), a few pages of text */
    String huge() {
        return string(500 + random.nextInt(2_500), true);
    }

    /** @return text that is not blank, for required fields */
    String required() {
        String s = string(1 + random.nextInt(5), false);
        return s.isBlank() ? "x" + s : s;
    }

    /** @return one word of code-like text */
    String code() {
        return maybeInject(random.nextBoolean() ? "x = f(y) + 1;" : word());
    }

    /** @return lines of code, some longer than a line */
    String codeLines() {
        StringBuilder out = new StringBuilder();
        int lines = 1 + random.nextInt(6);
        for (int i = 0; i < lines; i++) {
            if (i > 0) {
                out.append('\n');
            }
            if (random.nextInt(5) == 0) {
                out.append("    ");
            }
            int words = random.nextInt(random.nextInt(8) == 0 ? 40 : 8);
            for (int w = 0; w < words; w++) {
                out.append(w == 0 ? "" : " ").append(word());
            }
        }
        return maybeInject(out.toString());
    }

    private String string(int words, boolean spaces) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words; i++) {
            if (i > 0) {
                out.append(spaces && random.nextInt(8) == 0 ? SPACES[random.nextInt(SPACES.length)] : " ");
            }
            out.append(word());
        }
        return maybeInject(out.toString());
    }

    /** @return one word of some script, or of random code points */
    String word() {
        int roll = random.nextInt(100);
        if (roll < 45) {
            return pick(LATIN);
        } else if (roll < 52) {
            return pick(ACCENTED);
        } else if (roll < 56) {
            return withCombiningMarks(pick(LATIN));
        } else if (roll < 59) {
            return pick(GREEK);
        } else if (roll < 62) {
            return pick(CYRILLIC);
        } else if (roll < 65) {
            return pick(HEBREW);
        } else if (roll < 68) {
            return pick(ARABIC);
        } else if (roll < 72) {
            return pick(CJK);
        } else if (roll < 75) {
            return pick(EMOJI);
        } else if (roll < 77) {
            return pick(ASTRAL);
        } else if (roll < 85) {
            return pick(PUNCT);
        } else if (roll < 88) {
            return Integer.toString(random.nextInt(100_000));
        } else if (roll < 89) {
            return longWord(20 + random.nextInt(random.nextInt(4) == 0 ? 280 : 40));
        } else {
            return anyCodePoints(1 + random.nextInt(6));
        }
    }

    private String longWord(int length) {
        StringBuilder out = new StringBuilder();
        while (out.length() < length) {
            out.append((char) ('a' + random.nextInt(26)));
        }
        return out.toString();
    }

    private String withCombiningMarks(String base) {
        StringBuilder out = new StringBuilder();
        for (char c : base.toCharArray()) {
            out.append(c);
            if (random.nextInt(3) == 0) {
                out.appendCodePoint(0x0300 + random.nextInt(0x70));
            }
        }
        return out.toString();
    }

    /** Any Unicode scalar value the model accepts: assigned or not, private use, astral. */
    private String anyCodePoints(int count) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < count; i++) {
            int cp;
            do {
                int plane = random.nextInt(10);
                cp = plane < 6 ? random.nextInt(0x10000) : plane < 9 ? 0x10000 + random.nextInt(0x20000)
                        : random.nextInt(0x110000);
            } while (refused(cp) || Character.isWhitespace(cp));
            out.appendCodePoint(cp);
        }
        return out.toString();
    }

    /** @return whether the model refuses the code point (controls, surrogates, U+FFFE, U+FFFF) */
    static boolean refused(int cp) {
        return (cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r') || (cp >= 0x7F && cp <= 0x9F)
                || (cp >= 0xD800 && cp <= 0xDFFF) || cp == 0xFFFE || cp == 0xFFFF;
    }

    private String maybeInject(String s) {
        if (made++ != injectAt) {
            return s;
        }
        injected = true;
        return hostile(s);
    }

    /** @param s some text; @return it with one character the model refuses put in at random */
    String hostile(String s) {
        String bad;
        int kind = random.nextInt(3);
        if (kind == 0) {
            bad = String.valueOf(FORBIDDEN[random.nextInt(FORBIDDEN.length)]);
        } else if (kind == 1) {
            bad = String.valueOf((char) (0xD800 + random.nextInt(0x400)));
        } else {
            bad = String.valueOf((char) (0xDC00 + random.nextInt(0x400)));
        }
        int at = s.isEmpty() ? 0 : random.nextInt(s.length() + 1);
        // Never split a pair, or the lone half would be the problem, not the character put in.
        if (at > 0 && at < s.length() && Character.isLowSurrogate(s.charAt(at))) {
            at--;
        }
        String result = s.substring(0, at) + bad + s.substring(at);
        // A high surrogate put right before a low one would make a valid pair: avoid it.
        if (kind == 1 && at < s.length() && Character.isLowSurrogate(s.charAt(at))) {
            return s + "\u0001";
        }
        if (kind == 2 && at > 0 && Character.isHighSurrogate(s.charAt(at - 1))) {
            return s + "\u0001";
        }
        return result;
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }
}

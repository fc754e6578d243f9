package org.briefkit.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random theme files as YAML text: every setting ThemeFile knows, with values in range, at the
 * edges and beyond them (zero, negative, huge, not a number, the wrong shape), unknown keys, font
 * paths good and hostile (absolute, climbing out, percent-escaped, a link out, a folder, a file
 * that is not a font, one that does not exist), long fallback lists, and YAML that is itself
 * hostile (aliases, a recursive alias, deep nesting, tags, text cut short). With {@code sane},
 * only known keys with values a theme may well hold, so most files read and can be rendered.
 *
 * <p>Font paths refer to the folder {@link PropertyThemeTest} lays out: {@code fonts/} holds real
 * fonts, {@code not-a-font.ttf} and {@code ../outside-secret.ttf} hold {@link #SECRET}.
 */
final class ThemeGen {
    /** The content of every file a theme must not reveal. */
    static final String SECRET = "SECRET-BYTES-7f3a";
    /** The real fonts in the folder's {@code fonts/}. */
    static final List<String> FONTS = List.of("fonts/Serif-Regular.ttf", "fonts/Serif-Bold.ttf",
            "fonts/Sans-Regular.ttf", "fonts/Mono-Regular.ttf");
    private static final List<String> HOSTILE_PATHS = List.of("/etc/passwd", "/etc/shadow", "../outside-secret.ttf",
            "%2e%2e/outside-secret.ttf", "fonts/../../outside-secret.ttf", "link-out.ttf", "fonts", "not-a-font.ttf",
            "missing.ttf", "C:/Windows/Fonts/arial.ttf", "", "fonts/\u0000.ttf", "/dev/zero", "/proc/self/environ");
    private static final List<String> LENGTHS = List.of("0", "-12", "1e9", "\"25mm\"", "\"1in\"", "\"11pt\"",
            "\"2cm\"", "\"huge\"", ".nan", ".inf", "-.inf", "\"-5mm\"", "\"1e308pt\"", "[1, 2]", "{a: 1}", "null", "true");
    private static final List<String> WORDS = List.of("letter", "a4", "none", "all", "reports", "footnotes",
            "endnotes", "by-kind", "ap", "\"{page} / {pages}\"", "\"{organization}\"", "\"#7A1F2B\"", "x");

    private final Random random;
    private final boolean sane;

    /** @param seed the case's seed; @param sane whether to stay with known keys and plausible values */
    ThemeGen(long seed, boolean sane) {
        this.random = new Random(seed);
        this.sane = sane;
    }

    /** @return the text of a theme file */
    String yaml() {
        if (!sane && random.nextInt(6) == 0) {
            return hostileYaml();
        }
        StringBuilder out = new StringBuilder();
        List<String> keys = new ArrayList<>(List.of("base", "page_size", "margins", "fonts", "type", "colors",
                "header", "footer", "running_heads_on_first_page", "number_headings", "numbered_levels", "notes",
                "cover_page", "table_of_contents", "toc_depth", "justify", "hyphenate", "widow_lines", "orphan_lines",
                "dateline_style", "pdf_a"));
        java.util.Collections.shuffle(keys, random);
        for (String key : keys.subList(0, random.nextInt(keys.size() + 1))) {
            out.append(key).append(": ").append(value(key)).append('\n');
        }
        if (!sane && random.nextInt(5) == 0) {
            out.append(pick(List.of("colours", "margin", "font", "Type", "base ")) ).append(": 1\n");
        }
        return out.toString();
    }

    private String value(String key) {
        return switch (key) {
            case "base" -> sane ? pick(List.of("letter", "a4")) : pick(WORDS);
            case "page_size" -> random.nextBoolean() ? pick(List.of("letter", "a4", "A4", "legal"))
                    : "[" + length(200, 2000) + ", " + length(200, 2000) + "]";
            case "margins" -> map(List.of("top", "bottom", "inner", "outer", "left", "right", "gutter"), 0, 120)
                    .replace("}", (random.nextBoolean() ? ", mirrored: " + random.nextBoolean() : "") + "}")
                    .replace("{, ", "{");
            case "fonts" -> fonts();
            case "type" -> type();
            case "colors" -> colors();
            case "header", "footer" -> random.nextInt(4) == 0 ? "none" : "{left: " + text() + ", center: " + text()
                    + ", right: " + text() + "}";
            case "number_headings" -> pick(List.of("none", "all", "reports", "true", "false", sane ? "all" : "2"));
            case "notes" -> pick(List.of("footnotes", "endnotes", "by-kind", sane ? "endnotes" : "sidenotes"));
            case "dateline_style" -> pick(List.of("ap", sane ? "ap" : "chicago", sane ? "ap" : "[]"));
            case "numbered_levels", "toc_depth" -> whole(1, 6);
            case "widow_lines", "orphan_lines" -> whole(1, 5);
            default -> sane || random.nextInt(4) != 0 ? String.valueOf(random.nextBoolean())
                    : pick(List.of("yes", "1", "\"true\"", "~"));
        };
    }

    private String fonts() {
        StringBuilder out = new StringBuilder("{");
        for (String role : List.of("body", "heading", "mono")) {
            if (random.nextBoolean()) {
                out.append(role).append(": ").append(family()).append(", ");
            }
        }
        if (random.nextBoolean()) {
            int count = sane ? random.nextInt(6) : pick(new int[] {0, 1, 5, 32, 33, 200, 20_000});
            List<String> names = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                names.add(random.nextInt(8) == 0 ? family() : pick(List.of("Noto Sans", "NanumGothic", "x")));
            }
            out.append("fallbacks: [").append(String.join(", ", names)).append("], ");
        }
        return out.append("}").toString().replace(", }", "}");
    }

    private String family() {
        if (random.nextInt(3) == 0) {
            return pick(List.of("Georgia", "Times New Roman", "\"\""));
        }
        StringBuilder out = new StringBuilder("{name: ").append(pick(List.of("Body", "Georgia", "X"))).append(", ");
        for (String face : List.of("regular", "bold", "italic", "bold_italic")) {
            if (random.nextBoolean()) {
                boolean good = sane || random.nextInt(3) != 0;
                out.append(face).append(": '").append(good ? pick(FONTS) : pick(HOSTILE_PATHS).replace("\u0000", ""))
                        .append("', ");
            }
        }
        return out.append("}").toString().replace(", }", "}");
    }

    private String type() {
        StringBuilder out = new StringBuilder("{");
        for (String key : List.of("body", "title", "subtitle", "note", "caption", "code", "pull_quote", "running",
                "paragraph_gap", "compact_body")) {
            if (random.nextInt(3) == 0) {
                out.append(key).append(": ").append(length(4, 40)).append(", ");
            }
        }
        if (random.nextInt(3) == 0) {
            out.append("line_height: ").append(sane ? 1 + random.nextInt(200) / 100.0 : pick(LENGTHS)).append(", ");
        }
        if (random.nextInt(4) == 0) {
            int count = sane ? 6 : random.nextInt(9);
            List<String> sizes = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                sizes.add(length(8, 30));
            }
            out.append("headings: [").append(String.join(", ", sizes)).append("], ");
        }
        return out.append("}").toString().replace(", }", "}");
    }

    private String colors() {
        StringBuilder out = new StringBuilder("{");
        for (String key : List.of("text", "accent", "muted", "rule", "callout_fill", "header_fill", "link")) {
            if (random.nextInt(3) == 0) {
                String hex = String.format("\"#%06X\"", random.nextInt(1 << 24));
                out.append(key).append(": ").append(sane || random.nextBoolean() ? hex : pick(List.of("red", "\"#12\"",
                        "\"#GGGGGG\"", "12"))).append(", ");
            }
        }
        return out.append("}").toString().replace(", }", "}");
    }

    private String map(List<String> keys, int low, int high) {
        StringBuilder out = new StringBuilder("{");
        for (String key : keys) {
            if (random.nextInt(3) == 0) {
                out.append(key).append(": ").append(length(low, high)).append(", ");
            }
        }
        return out.append("}").toString().replace(", }", "}");
    }

    /** A length: in {@code low..high} points with a unit when sane, anything at all otherwise. */
    private String length(int low, int high) {
        if (!sane && random.nextInt(3) == 0) {
            return pick(LENGTHS);
        }
        double points = low + random.nextDouble() * (high - low);
        return switch (random.nextInt(3)) {
            case 0 -> String.format(java.util.Locale.ROOT, "%.1f", points);
            case 1 -> String.format(java.util.Locale.ROOT, "\"%.1fmm\"", points * 25.4 / 72);
            default -> String.format(java.util.Locale.ROOT, "\"%.2fpt\"", points);
        };
    }

    private String whole(int low, int high) {
        return !sane && random.nextInt(4) == 0 ? pick(List.of("0", "-1", "99", "2.5", "\"3\"", "2147483648"))
                : String.valueOf(low + random.nextInt(high - low + 1));
    }

    private String text() {
        int roll = random.nextInt(6);
        if (roll == 0 && !sane) {
            return "\"" + "{page} ".repeat(1 + random.nextInt(5000)) + "\"";
        }
        return pick(List.of("\"{page} / {pages}\"", "\"{organization}\"", "\"{title}\"", "\"\"", "\"Draft\"",
                "\"\u00e9t\u00e9 \u4e2d\u6587 \ud83d\ude00\""));
    }

    /** YAML that attacks the reader rather than the theme. */
    private String hostileYaml() {
        return switch (random.nextInt(9)) {
            case 0 -> "base: &a [{k: *a}]\n";
            case 1 -> "fonts: {fallbacks: &a [*a, *a]}\n";
            case 2 -> "base: " + "[".repeat(1 + random.nextInt(100_000)) + "\n";
            case 3 -> "base:\n" + "- ".repeat(1 + random.nextInt(100_000)) + "x\n";
            case 4 -> "a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
                    + "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n"
                    + "e: [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\n";
            case 5 -> "base: !!java.net.URL [\"http://127.0.0.1:1/\"]\n";
            case 6 -> "margins: {top: " + "9".repeat(1 + random.nextInt(400_000)) + "}\n";
            case 7 -> {
                String whole = new ThemeGen(random.nextLong(), false).yaml();
                yield whole.substring(0, random.nextInt(whole.length() + 1));
            }
            default -> "header: {left: \"" + "x".repeat(1 << 20) + "\"}\n";
        };
    }

    private String pick(List<String> options) {
        return options.get(random.nextInt(options.size()));
    }

    private int pick(int[] options) {
        return options[random.nextInt(options.length)];
    }
}

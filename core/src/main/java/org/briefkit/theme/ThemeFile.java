package org.briefkit.theme;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.briefkit.internal.BoundedYaml;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Reads a theme from a YAML file: a preset ({@code base: letter} or {@code base: a4}) and the
 * settings that differ from it. Lengths are numbers in points or strings with a unit
 * ({@code 25mm}, {@code 1in}, {@code 11pt}); font files are relative to the theme file's folder.
 * Unknown keys are errors, so a typo never passes in silence. The keys are listed in the README.
 *
 * <pre>
 * base: a4
 * margins: {top: 20mm, bottom: 22mm, inner: 25mm, outer: 18mm, gutter: 5mm, mirrored: true}
 * fonts:
 *   body: {name: Georgia, regular: fonts/Body-Regular.ttf, bold: fonts/Body-Bold.ttf}
 *   fallbacks: [Noto Sans CJK KR]
 * type: {body: 10.5, line_height: 1.35}
 * colors: {accent: "#7A1F2B"}
 * footer: {left: "{organization}", right: "{page} / {pages}"}
 * notes: endnotes
 * </pre>
 */
public final class ThemeFile {
    private static final Set<String> TOP = Set.of("base", "page_size", "margins", "fonts", "type", "colors",
            "header", "footer", "running_heads_on_first_page", "number_headings", "numbered_levels", "notes",
            "cover_page", "table_of_contents", "toc_depth", "justify", "hyphenate", "widow_lines", "orphan_lines",
            "dateline_style", "pdf_a");

    /** How much of a value a message quotes: enough to recognize it, never a whole file. */
    private static final int SHOWN_CHARS = 60;
    private static final Reader DEFAULT_READER = new Reader(ThemeLimits.DEFAULT, List.of());

    private final String source;
    private final ThemeLimits limits;
    private final FontPaths fontPaths;

    private ThemeFile(String source, ThemeLimits limits, FontPaths fontPaths) {
        this.source = source;
        this.limits = limits;
        this.fontPaths = fontPaths;
    }

    /**
     * Reads a theme file with the default reader: {@link ThemeLimits#DEFAULT}, and fonts only from
     * the theme file's folder.
     *
     * @param file a YAML theme file
     * @return the theme it describes
     * @throws IOException    when the file cannot be read
     * @throws ThemeException naming the file, the setting and, for YAML errors, the line
     */
    public static Theme read(Path file) throws IOException {
        return DEFAULT_READER.read(file);
    }

    /** @return the default reader, to configure: {@code ThemeFile.reader().allowFontFolders(...).read(file)} */
    public static Reader reader() {
        return DEFAULT_READER;
    }

    /**
     * Reads theme files under limits, and with the font folders a server allows. Font paths in a
     * theme are relative to the theme file's folder and must stay inside it (no {@code ..} that
     * climbs out, no symbolic link that leads out); an absolute font path is accepted only inside
     * a folder given to {@link #allowFontFolders}. Immutable and thread-safe: each setting returns
     * a new reader.
     */
    public static final class Reader {
        private final ThemeLimits limits;
        private final List<Path> fontFolders;

        private Reader(ThemeLimits limits, List<Path> fontFolders) {
            this.limits = limits;
            this.fontFolders = List.copyOf(fontFolders);
        }

        /**
         * @param limits the largest theme file and the most fallback fonts
         * @return a reader with these limits
         */
        public Reader limits(ThemeLimits limits) {
            if (limits == null) {
                throw new ThemeException("limits", "are missing");
            }
            return new Reader(limits, fontFolders);
        }

        /**
         * Lets themes name fonts by absolute path inside these folders, such as a server's own
         * fonts ({@code /srv/fonts/Georgia.ttf}); links inside them are followed only as far as
         * they stay inside an allowed folder or the theme's own.
         *
         * @param folders existing folders; replaces any given before
         * @return a reader that allows them
         * @throws ThemeException when one is not an existing folder
         */
        public Reader allowFontFolders(List<Path> folders) {
            List<Path> real = new ArrayList<>();
            for (Path folder : folders) {
                try {
                    real.add(folder.toRealPath());
                } catch (IOException e) {
                    throw new ThemeException("fontFolders", "'" + folder + "' is not an existing folder");
                }
                if (!Files.isDirectory(real.get(real.size() - 1))) {
                    throw new ThemeException("fontFolders", "'" + folder + "' is not a folder");
                }
            }
            return new Reader(limits, real);
        }

        /**
         * @param file a YAML theme file
         * @return the theme it describes
         * @throws IOException    when the file cannot be read
         * @throws ThemeException naming the file, the setting and, for YAML errors, the line; also
         *                        for a file over the size limit, refused before it is read
         */
        public Theme read(Path file) throws IOException {
            String source = file.toString();
            Path folder = file.toAbsolutePath().getParent();
            ThemeFile reader = new ThemeFile(source, limits, new FontPaths(folder, fontFolders));
            String text = ThemeText.read(file, limits.maxFileBytes());
            try {
                return reader.parse(text);
            } catch (StackOverflowError e) {
                throw new ThemeException(source + ": the theme file nests too deeply to be read", e);
            } catch (OutOfMemoryError e) {
                throw new ThemeException(source + ": reading the theme file ran out of memory", e);
            } catch (Error e) {
                throw new ThemeException(source + ": the theme file could not be read: an internal error", e);
            }
        }
    }

    private Theme parse(String text) {
        int tooDeep = BoundedYaml.flowTooDeepAt(text);
        if (tooDeep >= 0) {
            int line = 1 + (int) text.substring(0, tooDeep).chars().filter(c -> c == '\n').count();
            throw new ThemeException(source + ":" + line + ": lists and maps nest more than "
                    + BoundedYaml.MAX_FLOW_DEPTH + " levels deep here", (Throwable) null);
        }
        LoadSettings settings = BoundedYaml.settings(source, limits.maxFileBytes());
        Object root;
        try {
            root = new Load(settings).loadFromString(text);
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().map(m -> m.getLine() + 1).orElse(0);
            throw new ThemeException(source + ":" + line + ": not a valid theme file: " + e.getProblem(), e);
        } catch (YamlEngineException e) {
            throw new ThemeException(source + ": not a valid theme file: " + e.getMessage(), e);
        }
        Map<String, Object> map = root == null ? Map.of() : map("", root);
        known("", map, TOP);
        Theme base = switch (string("base", map.getOrDefault("base", "letter")).toLowerCase(Locale.ROOT)) {
            case "letter" -> Theme.letter();
            case "a4" -> Theme.a4();
            default -> throw error("base", shown(map.get("base")) + " is not letter or a4");
        };
        Theme.Builder b = base.toBuilder();
        if (map.containsKey("page_size")) {
            b.pageSize(pageSize(map.get("page_size")));
        }
        if (map.containsKey("margins")) {
            b.margins(margins(map("margins", map.get("margins")), base.margins()));
        }
        if (map.containsKey("fonts")) {
            b.fonts(fonts(map("fonts", map.get("fonts")), base.fonts()));
        }
        if (map.containsKey("type")) {
            b.type(type(map("type", map.get("type")), base.type()));
        }
        if (map.containsKey("colors")) {
            b.palette(palette(map("colors", map.get("colors")), base.palette()));
        }
        if (map.containsKey("header")) {
            b.header(running("header", map.get("header")));
        }
        if (map.containsKey("footer")) {
            b.footer(running("footer", map.get("footer")));
        }
        flag(map, "running_heads_on_first_page", b::runningHeadsOnFirstPage);
        if (map.containsKey("number_headings")) {
            b.headingNumbering(numbering(map.get("number_headings")));
        }
        flag(map, "cover_page", b::coverPage);
        flag(map, "table_of_contents", b::tableOfContents);
        flag(map, "justify", b::justify);
        flag(map, "hyphenate", b::hyphenate);
        flag(map, "pdf_a", b::pdfA);
        number(map, "numbered_levels", v -> b.numberedLevels(v.intValue()));
        number(map, "toc_depth", v -> b.tocDepth(v.intValue()));
        number(map, "widow_lines", v -> b.widowLines(v.intValue()));
        number(map, "orphan_lines", v -> b.orphanLines(v.intValue()));
        if (map.containsKey("notes")) {
            b.notes(choice("notes", map.get("notes"), NotePlacement.class));
        }
        if (map.containsKey("dateline_style")) {
            b.datelineStyle(choice("dateline_style", map.get("dateline_style"), DatelineStyle.class));
        }
        try {
            return b.build();
        } catch (ThemeException e) {
            throw new ThemeException(source + ": " + e.getMessage(), e);
        }
    }

    private PageSize pageSize(Object value) {
        if (value instanceof String name) {
            switch (name.strip().toLowerCase(Locale.ROOT)) {
                case "letter":
                    return PageSize.LETTER;
                case "a4":
                    return PageSize.A4;
                default:
                    throw error("page_size", shown(name) + " is not letter, a4 or [width, height]");
            }
        }
        if (value instanceof List<?> sides && sides.size() == 2) {
            return new PageSize(length("page_size[0]", sides.get(0)), length("page_size[1]", sides.get(1)));
        }
        throw error("page_size", "must be letter, a4 or [width, height]");
    }

    private Margins margins(Map<String, Object> m, Margins base) {
        known("margins.", m, Set.of("top", "bottom", "inner", "outer", "left", "right", "gutter", "mirrored"));
        double inner = m.containsKey("left") ? length("margins.left", m.get("left")) : base.inner();
        double outer = m.containsKey("right") ? length("margins.right", m.get("right")) : base.outer();
        return new Margins(
                m.containsKey("top") ? length("margins.top", m.get("top")) : base.top(),
                m.containsKey("bottom") ? length("margins.bottom", m.get("bottom")) : base.bottom(),
                m.containsKey("inner") ? length("margins.inner", m.get("inner")) : inner,
                m.containsKey("outer") ? length("margins.outer", m.get("outer")) : outer,
                m.containsKey("gutter") ? length("margins.gutter", m.get("gutter")) : base.gutter(),
                m.containsKey("mirrored") ? bool("margins.mirrored", m.get("mirrored")) : base.mirrored());
    }

    private Fonts fonts(Map<String, Object> m, Fonts base) {
        known("fonts.", m, Set.of("body", "heading", "mono", "fallbacks"));
        List<FontFamily> fallbacks = base.fallbacks();
        if (m.containsKey("fallbacks")) {
            fallbacks = new ArrayList<>();
            Object list = m.get("fallbacks");
            if (!(list instanceof List<?> items)) {
                throw error("fonts.fallbacks", "must be a list");
            }
            if (items.size() > limits.maxFallbacks()) {
                throw error("fonts.fallbacks", items.size() + " fonts; the limit is " + limits.maxFallbacks());
            }
            for (int i = 0; i < items.size(); i++) {
                fallbacks.add(family("fonts.fallbacks[" + i + "]", items.get(i)));
            }
        }
        return new Fonts(
                m.containsKey("body") ? family("fonts.body", m.get("body")) : base.body(),
                m.containsKey("heading") ? family("fonts.heading", m.get("heading")) : base.heading(),
                m.containsKey("mono") ? family("fonts.mono", m.get("mono")) : base.mono(),
                fallbacks);
    }

    /** A family is a name (an installed font) or a map of a name and the files of its faces. */
    private FontFamily family(String key, Object value) {
        if (value instanceof String name) {
            return FontFamily.installed(name);
        }
        Map<String, Object> m = map(key, value);
        known(key + ".", m, Set.of("name", "regular", "bold", "italic", "bold_italic"));
        Map<FontStyle, FontFile> files = new EnumMap<>(FontStyle.class);
        for (FontStyle style : FontStyle.values()) {
            String face = style.name().toLowerCase(Locale.ROOT);
            if (m.containsKey(face)) {
                String written = string(key + "." + face, m.get(face));
                try {
                    files.put(style, fontPaths.find(written, shown(written)));
                } catch (FontPaths.Refused e) {
                    throw error(key + "." + face, e.getMessage());
                }
            }
        }
        return new FontFamily(string(key + ".name", m.get("name")), files);
    }

    private TypeScale type(Map<String, Object> m, TypeScale base) {
        known("type.", m, Set.of("body", "line_height", "headings", "title", "subtitle", "note", "caption", "code",
                "pull_quote", "running", "paragraph_gap", "compact_body", "compact_line_height"));
        List<Double> headings = base.headings();
        if (m.containsKey("headings")) {
            if (!(m.get("headings") instanceof List<?> sizes)) {
                throw error("type.headings", "must be a list of six sizes");
            }
            headings = new ArrayList<>();
            for (int i = 0; i < sizes.size(); i++) {
                headings.add(length("type.headings[" + i + "]", sizes.get(i)));
            }
        }
        return new TypeScale(
                size(m, "body", base.body()), m.containsKey("line_height")
                        ? plainNumber("type.line_height", m.get("line_height")) : base.lineHeight(),
                headings, size(m, "title", base.title()), size(m, "subtitle", base.subtitle()),
                size(m, "note", base.note()), size(m, "caption", base.caption()), size(m, "code", base.code()),
                size(m, "pull_quote", base.pullQuote()), size(m, "running", base.running()),
                size(m, "paragraph_gap", base.paragraphGap()), size(m, "compact_body", base.compactBody()),
                m.containsKey("compact_line_height")
                        ? plainNumber("type.compact_line_height", m.get("compact_line_height"))
                        : base.compactLineHeight());
    }

    /** {@code none}, {@code all} or {@code reports}; {@code true} and {@code false} as {@code all} and {@code none}. */
    private HeadingNumbering numbering(Object value) {
        if (value instanceof Boolean b) {
            return b ? HeadingNumbering.ALL : HeadingNumbering.NONE;
        }
        if (!(value instanceof String)) {
            throw error("number_headings", shown(value) + " is not one of none, all, reports (or true, false)");
        }
        return choice("number_headings", value, HeadingNumbering.class);
    }

    private double size(Map<String, Object> m, String key, double base) {
        return m.containsKey(key) ? length("type." + key, m.get(key)) : base;
    }

    private Palette palette(Map<String, Object> m, Palette base) {
        known("colors.", m, Set.of("text", "accent", "muted", "rule", "callout_fill", "header_fill", "link"));
        return new Palette(color(m, "text", base.text()), color(m, "accent", base.accent()),
                color(m, "muted", base.muted()), color(m, "rule", base.rule()),
                color(m, "callout_fill", base.calloutFill()), color(m, "header_fill", base.headerFill()),
                color(m, "link", base.link()));
    }

    private Rgb color(Map<String, Object> m, String key, Rgb base) {
        if (!m.containsKey(key)) {
            return base;
        }
        try {
            return Rgb.hex(string("colors." + key, m.get(key)));
        } catch (ThemeException e) {
            throw error("colors." + key, shown(m.get(key)) + " is not a colour such as \"#1F4E79\"");
        }
    }

    private RunningText running(String key, Object value) {
        if (value == null || "none".equals(value)) {
            return RunningText.NONE;
        }
        Map<String, Object> m = map(key, value);
        known(key + ".", m, Set.of("left", "center", "right"));
        return new RunningText(optional(key + ".left", m.get("left")), optional(key + ".center", m.get("center")),
                optional(key + ".right", m.get("right")));
    }

    private double length(String key, Object value) {
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        String text = string(key, value).strip().toLowerCase(Locale.ROOT);
        Map<String, Double> units = new LinkedHashMap<>();
        units.put("mm", 72 / 25.4);
        units.put("cm", 720 / 25.4);
        units.put("in", 72.0);
        units.put("pt", 1.0);
        for (Map.Entry<String, Double> unit : units.entrySet()) {
            if (text.endsWith(unit.getKey())) {
                try {
                    return Double.parseDouble(text.substring(0, text.length() - 2).strip()) * unit.getValue();
                } catch (NumberFormatException e) {
                    break;
                }
            }
        }
        throw error(key, shown(value) + " is not a length such as 12, \"12pt\", \"25mm\" or \"1in\"");
    }

    private double plainNumber(String key, Object value) {
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        throw error(key, shown(value) + " is not a number");
    }

    private void flag(Map<String, Object> m, String key, java.util.function.Consumer<Boolean> set) {
        if (m.containsKey(key)) {
            set.accept(bool(key, m.get(key)));
        }
    }

    private void number(Map<String, Object> m, String key, java.util.function.Consumer<Number> set) {
        if (m.containsKey(key)) {
            if (!(m.get(key) instanceof Integer n)) {
                throw error(key, shown(m.get(key)) + " is not a whole number");
            }
            set.accept(n);
        }
    }

    private boolean bool(String key, Object value) {
        if (value instanceof Boolean b) {
            return b;
        }
        throw error(key, shown(value) + " is not true or false");
    }

    private <E extends Enum<E>> E choice(String key, Object value, Class<E> type) {
        String name = string(key, value).strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        List<String> names = new ArrayList<>();
        for (E constant : type.getEnumConstants()) {
            names.add(constant.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        }
        throw error(key, shown(value) + " is not one of " + String.join(", ", names));
    }

    private String string(String key, Object value) {
        if (value instanceof String s) {
            return s;
        }
        throw error(key, value == null ? "is missing" : shown(value) + " is not text");
    }

    private String optional(String key, Object value) {
        return value == null ? "" : string(key, value);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> map(String key, Object value) {
        if (value instanceof Map<?, ?> m) {
            for (Object k : m.keySet()) {
                if (!(k instanceof String)) {
                    throw error(key, "has a key that is not text: " + shown(k));
                }
            }
            return (Map<String, Object>) m;
        }
        throw error(key.isEmpty() ? "(top level)" : key, "must be a map of settings");
    }

    private void known(String prefix, Map<String, Object> m, Set<String> keys) {
        for (String key : m.keySet()) {
            if (!keys.contains(key)) {
                throw error(prefix + key, "is not a theme setting; known here: "
                        + String.join(", ", new java.util.TreeSet<>(keys)));
            }
        }
    }

    /**
     * A value as a message shows it: text quoted and cut short, a list or map by its kind only
     * (it may hold a whole file, or itself through an alias).
     */
    private static String shown(Object value) {
        if (value instanceof List<?>) {
            return "a list";
        }
        if (value instanceof Map<?, ?>) {
            return "a map";
        }
        if (value == null) {
            return "nothing";
        }
        String text = value instanceof String ? (String) value : String.valueOf(value);
        if (text.length() > SHOWN_CHARS) {
            int cut = Character.isHighSurrogate(text.charAt(SHOWN_CHARS - 1)) ? SHOWN_CHARS - 1 : SHOWN_CHARS;
            text = text.substring(0, cut) + "\u2026";
        }
        return "'" + text + "'";
    }

    private ThemeException error(String key, String problem) {
        return new ThemeException(source + ": theme." + key + ": " + problem, (Throwable) null);
    }
}

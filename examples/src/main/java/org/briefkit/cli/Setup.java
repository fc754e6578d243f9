package org.briefkit.cli;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import org.briefkit.examples.HangulFallback;
import org.briefkit.pdf.PdfOptions;
import org.briefkit.pdf.PdfRenderer;
import org.briefkit.render.Renderer;
import org.briefkit.render.Renderers;
import org.briefkit.theme.Theme;

/**
 * What {@code render} and {@code kit} share: the formats, the theme (with the bundled Hangul font
 * as its last fallback) and how the PDF treats characters no font has.
 */
final class Setup {
    /** Options that take a value: the shared ones, and {@code --out}, which each command reads its own way. */
    private static final Set<String> VALUED = Set.of("format", "theme", "out");
    /** Options that are flags. */
    private static final Set<String> FLAGS = Set.of("strict", "no-system-fonts");

    /** The shared part of each command's help. */
    static final String OPTIONS_HELP = """
              --format LIST       formats to write, comma-separated (default: pdf,docx)
              --theme THEME       letter, a4, or a YAML theme file (default: letter); see the README
              --strict            fail (exit 1) when a character has no glyph in any font,
                                  instead of warning and drawing a box
              --no-system-fonts   use only the theme's fonts and the bundled Hangul font, not the
                                  fonts installed on this machine: the PDF is then the same
                                  everywhere
              --help              this text
            """;

    final List<String> formats;
    final Theme theme;
    private final PdfOptions pdf;

    private Setup(List<String> formats, Theme theme, PdfOptions pdf) {
        this.formats = formats;
        this.theme = theme;
        this.pdf = pdf;
    }

    /** @return a rendering command's arguments: the shared options, {@code --out} and the files */
    static Arguments parse(List<String> args) throws UsageException {
        return Arguments.parse(args, VALUED, FLAGS);
    }

    static Setup of(Arguments a) throws UsageException {
        List<String> formats = formats(a.option("format", "pdf,docx"));
        Theme theme = HangulFallback.addTo(Inputs.theme(a.option("theme", "letter")));
        PdfOptions pdf = PdfOptions.builder()
                .missingGlyphs(a.flag("strict") ? PdfOptions.MissingGlyphs.FAIL : PdfOptions.MissingGlyphs.REPORT)
                .systemFonts(!a.flag("no-system-fonts"))
                .build();
        return new Setup(formats, theme, pdf);
    }

    /** Each format once, in the order given, each one known. */
    private static List<String> formats(String list) throws UsageException {
        List<String> known = Renderers.formats();
        Set<String> formats = new LinkedHashSet<>();
        for (String format : Main.split(list)) {
            String name = format.toLowerCase(Locale.ROOT);
            if (!known.contains(name)) {
                throw new UsageException("--format: unknown format '" + format + "'; known formats: "
                        + String.join(", ", known));
            }
            formats.add(name);
        }
        if (formats.isEmpty()) {
            throw new UsageException("--format names no format; known formats: " + String.join(", ", known));
        }
        return List.copyOf(formats);
    }

    /**
     * @param warnings where the PDF renderer's warnings go (a character no font has, a theme font
     *                 that is not installed)
     * @return a renderer for each format
     */
    List<Renderer> renderers(Consumer<String> warnings) {
        List<Renderer> renderers = new ArrayList<>();
        for (String format : formats) {
            renderers.add(renderer(format, warnings));
        }
        return renderers;
    }

    /**
     * @param format   one of {@link #formats}
     * @param warnings where the PDF renderer's warnings go
     * @return its renderer
     */
    Renderer renderer(String format, Consumer<String> warnings) {
        return format.equals("pdf") ? PdfRenderer.create(pdf.toBuilder().warnings(warnings).build())
                : Renderers.forFormat(format);
    }
}

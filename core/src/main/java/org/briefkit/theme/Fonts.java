package org.briefkit.theme;

import java.util.List;

/**
 * The theme's fonts: a serif body and a sans for headings (the common think-tank pairing), a
 * monospace for code, and fallbacks tried in order for characters those lack (Hangul, symbols).
 * After the fallbacks, the PDF renderer tries the fonts installed on the machine.
 *
 * @param body      running text
 * @param heading   headings, titles, labels
 * @param mono      code
 * @param fallbacks tried in order, per character, when the others lack a glyph
 */
public record Fonts(FontFamily body, FontFamily heading, FontFamily mono, List<FontFamily> fallbacks) {
    /**
     * Liberation Serif, Sans and Mono, which ship with the library and are metric-compatible with
     * Times New Roman, Arial and Courier New. The fallbacks name the Hangul fonts of Windows
     * (Malgun Gothic, also the East Asian font the DOCX names), macOS and Linux; the PDF renderer
     * uses whichever is installed, then searches every installed font.
     */
    public static final Fonts LIBERATION = new Fonts(liberation("Times New Roman", "Serif"),
            liberation("Arial", "Sans"), liberation("Courier New", "Mono"),
            List.of(FontFamily.installed("Malgun Gothic"), FontFamily.installed("Apple SD Gothic Neo"),
                    FontFamily.installed("Noto Sans CJK KR"), FontFamily.installed("Noto Sans KR"),
                    FontFamily.installed("NanumGothic")));

    /** Checks that every family is given. */
    public Fonts {
        if (body == null || heading == null || mono == null || fallbacks == null) {
            throw new ThemeException("fonts", "body, heading, mono and fallbacks are all required");
        }
        fallbacks = List.copyOf(fallbacks);
    }

    private static FontFamily liberation(String wordName, String variant) {
        String base = "liberation/Liberation" + variant + "-";
        return FontFamily.of(wordName, FontFile.classpath(base + "Regular.ttf"), FontFile.classpath(base + "Bold.ttf"),
                FontFile.classpath(base + "Italic.ttf"), FontFile.classpath(base + "BoldItalic.ttf"));
    }

    /** @param fallbacks the new fallback chain; @return these fonts with it */
    public Fonts withFallbacks(List<FontFamily> fallbacks) {
        return new Fonts(body, heading, mono, fallbacks);
    }
}

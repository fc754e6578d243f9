package org.briefkit.pdf.internal.font;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.briefkit.pdf.Fixtures;
import org.briefkit.theme.FontFamily;
import org.briefkit.theme.FontStyle;
import org.briefkit.theme.Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Choosing a face per character: the family, its fallbacks, installed fonts, or a report. */
class FontSetTest {
    private static final FontFamily BODY = Fonts.LIBERATION.body();

    private static List<String> segments(FontSet fonts, String text) {
        List<String> out = new ArrayList<>();
        fonts.segment(text, 0, text.length(), BODY, FontStyle.REGULAR, () -> "test",
                (s, e, face) -> out.add(text.substring(s, e) + "|" + face.name()));
        return out;
    }

    @Test
    void setsEachCharacterInTheFirstFontThatHasIt() {
        List<FontSet.Missing> missing = new ArrayList<>();
        FontSet fonts = new FontSet(Fonts.LIBERATION.withFallbacks(List.of(Fixtures.HANGUL)), null, missing::add,
                w -> { });
        List<String> runs = segments(fonts, "Seoul 서울 city");
        // a space stays in the face of the character before it: it never causes a switch
        assertEquals(List.of("Seoul |Liberation Serif", "서울 |Briefkit Hangul Regular", "city|Liberation Serif"), runs);
        assertTrue(missing.isEmpty());
    }

    @Test
    void reportsACharacterNoFontHasOnceNamingWhereAndWhatWasTried() {
        List<FontSet.Missing> missing = new ArrayList<>();
        FontSet fonts = new FontSet(Fonts.LIBERATION.withFallbacks(List.of(Fixtures.HANGUL,
                FontFamily.installed("Malgun Gothic"))), null, missing::add, w -> { });
        segments(fonts, "\uD80C\uDC00 and \uD80C\uDC00 again");
        assertEquals(1, missing.size());
        FontSet.Missing m = missing.get(0);
        assertEquals("U+13000", m.label());
        assertEquals("test", m.where());
        assertEquals(List.of("Times New Roman", "Briefkit Hangul", "Malgun Gothic (not installed)",
                "installed fonts not searched"), m.tried());
    }

    @Test
    void findsACharacterInAnInstalledFontWhenTheThemesFontsLackIt(@TempDir Path folder) throws IOException {
        try (InputStream in = FontSetTest.class.getResourceAsStream("/fonts/BriefkitHangul-Regular.ttf")) {
            Files.copy(in, folder.resolve("BriefkitHangul-Regular.ttf"));
        }
        List<FontSet.Missing> missing = new ArrayList<>();
        FontSet fonts = new FontSet(Fonts.LIBERATION.withFallbacks(List.of()), SystemFonts.only(List.of(folder)),
                missing::add, w -> { });
        List<String> runs = segments(fonts, "한국");
        assertEquals(List.of("한국|Briefkit Hangul Regular"), runs);
        assertTrue(missing.isEmpty());
    }

    @Test
    void substitutesAndWarnsForAThemeFamilyThatIsNotInstalled() {
        List<String> warnings = new ArrayList<>();
        Fonts themeFonts = new Fonts(FontFamily.installed("No Such Serif"), Fonts.LIBERATION.heading(),
                Fonts.LIBERATION.mono(), List.of());
        FontSet fonts = new FontSet(themeFonts, null, m -> { }, warnings::add);
        FontFace face = fonts.face(themeFonts.body(), FontStyle.BOLD);
        assertSame(FontLibrary.load(Fonts.LIBERATION.body().file(FontStyle.BOLD)), face);
        fonts.face(themeFonts.body(), FontStyle.REGULAR);
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains("No Such Serif"));
    }
}

package org.briefkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.briefkit.RenderException;
import org.briefkit.markdown.MarkdownReader;
import org.briefkit.model.Document;
import org.briefkit.pdf.PdfOptions;
import org.briefkit.pdf.PdfRenderer;
import org.briefkit.theme.FontFamily;
import org.briefkit.theme.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled Hangul font: the brief's Korean prints on a machine without any Hangul font. */
class HangulFallbackTest {
    private static final Document BRIEF = MarkdownReader.standard().read(Path.of("samples", "brief.md"));

    /** Strict, and blind to the fonts installed here: what a fresh CI runner without Hangul fonts sees. */
    private static final PdfRenderer STRICT_NO_SYSTEM_FONTS = PdfRenderer.create(PdfOptions.builder()
            .missingGlyphs(PdfOptions.MissingGlyphs.FAIL).systemFonts(false).build());

    @TempDir
    Path dir;

    @Test
    void withItTheBriefDrawsEveryHangulCharacterWithoutSystemFonts() throws IOException {
        Path pdf = dir.resolve("brief.pdf");
        STRICT_NO_SYSTEM_FONTS.render(BRIEF, HangulFallback.addTo(Theme.letter()), pdf);
        assertTrue(Outputs.fontNames(pdf).contains("BriefkitHangul-Regular"));
        String text = Outputs.pdfText(pdf);
        for (String korean : List.of("무더위쉼터는 그냥 시원한 방이 아니라, 서로 안부를 묻는 곳이어야 합니다.", "(폭염주의보)", "(경로당)")) {
            assertTrue(text.contains(korean), korean);
        }
    }

    @Test
    void withoutItTheSameRenderFailsOnTheFirstHangulCharacter() {
        RenderException e = assertThrows(RenderException.class,
                () -> STRICT_NO_SYSTEM_FONTS.render(BRIEF, Theme.letter(), new ByteArrayOutputStream()));
        assertTrue(e.getMessage().matches("(?s)character U\\+[0-9A-F]{4} \\('\\p{IsHangul}'\\).*has no glyph in any font.*"),
                e.getMessage());
    }

    @Test
    void itComesLastSoInstalledHangulFontsWinAndTheDocxKeepsItsEastAsianFont() {
        Theme theme = HangulFallback.addTo(Theme.a4());
        List<FontFamily> fallbacks = theme.fonts().fallbacks();
        assertEquals(Theme.a4().fonts().fallbacks(), fallbacks.subList(0, fallbacks.size() - 1));
        assertEquals("Briefkit Hangul", fallbacks.get(fallbacks.size() - 1).name());
        assertEquals("Malgun Gothic", fallbacks.get(0).name());
        assertSame(theme, HangulFallback.addTo(theme), "added once");
        assertEquals(Theme.a4().pageSize(), theme.pageSize());
    }

    @Test
    void theFontAndItsLicenceShipWithTheExamplesOnly() throws IOException {
        assertTrue(HangulFallback.class.getClassLoader().getResource(HangulFallback.RESOURCE) != null);
        assertTrue(HangulFallback.class.getClassLoader()
                .getResource("org/briefkit/examples/fonts/BriefkitHangul-LICENSE.txt") != null);
        for (String module : List.of("core", "pdf", "docx")) {
            Path classes = Path.of("..", module, "target", "classes");
            if (Files.isDirectory(classes)) {
                try (Stream<Path> files = Files.walk(classes)) {
                    assertEquals(List.of(), files.filter(p -> p.getFileName().toString().contains("Hangul")).toList(),
                            module + " must not carry the Hangul font");
                }
            }
        }
    }
}

package org.briefkit.pdf.internal.font;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.briefkit.pdf.Fixtures;
import org.briefkit.theme.FontFamily;
import org.briefkit.theme.FontStyle;
import org.briefkit.theme.Fonts;
import org.junit.jupiter.api.Test;

/** Measuring and drawing agree, kerning included; ligatures become glyph clusters. */
class FontFaceTest {
    private static final FontFace SERIF = FontLibrary.load(Fonts.LIBERATION.body().file(FontStyle.REGULAR));
    private static final FontFace LIGA = FontLibrary.load(Fixtures.LIGA_FILE);

    /** Adds up what encoding draws: each character's advance, each cluster's glyphs, each adjustment. */
    private static float drawnWidth(FontFace face, String text, float wordSpacing, List<String> clusters) {
        float[] total = {0};
        face.encode(text, wordSpacing, new GlyphSink() {
            @Override
            public void text(int codePoint) {
                total[0] += face.advance(codePoint);
            }

            @Override
            public void glyphs(int[] glyphs, int count, String actualText) {
                for (int i = 0; i < count; i++) {
                    total[0] += face.glyphAdvance(glyphs[i]);
                }
                clusters.add(actualText);
            }

            @Override
            public void adjust(float advance) {
                total[0] += advance;
            }
        });
        return total[0];
    }

    @Test
    void measuresWithTheFontsKerningPairs() {
        assertTrue(SERIF.kern('A', 'V') < 0, "Liberation Serif kerns AV");
        float plain = SERIF.advance('A') + SERIF.advance('V');
        assertEquals(plain + SERIF.kern('A', 'V'), SERIF.advance("AV"), 1e-3);
    }

    @Test
    void kernsEveryPairAsOpenPdfDoes() {
        List<Integer> chars = new ArrayList<>();
        for (int c = 0x20; c < 0x250; c++) {
            chars.add(c);
        }
        for (int c = 0x2010; c <= 0x203A; c++) {
            chars.add(c);
        }
        for (FontFamily family : List.of(Fonts.LIBERATION.body(), Fonts.LIBERATION.heading(),
                Fonts.LIBERATION.mono())) {
            for (FontStyle style : FontStyle.values()) {
                FontFace face = FontLibrary.load(family.file(style));
                int kerned = 0;
                for (int a : chars) {
                    for (int b : chars) {
                        int expected = face.baseFont().getKerning(a, b);
                        assertEquals(expected, face.kern(a, b), face + ": " + Integer.toHexString(a) + " "
                                + Integer.toHexString(b));
                        kerned += expected != 0 ? 1 : 0;
                    }
                }
                assertTrue(kerned > 0 || family == Fonts.LIBERATION.mono(), face + " kerns some pair");
            }
        }
    }

    @Test
    void drawsExactlyTheWidthItMeasures() {
        for (String text : List.of("AVATAR Today", "Wave of Yellow, To-do", "office fluffier waffle", "plain")) {
            for (FontFace face : List.of(SERIF, LIGA)) {
                List<String> clusters = new ArrayList<>();
                float extra = 25;
                long spaces = text.chars().filter(c -> c == ' ').count();
                assertEquals(face.advance(text) + spaces * extra, drawnWidth(face, text, extra, clusters), 0.01,
                        face + ": " + text);
            }
        }
    }

    @Test
    void setsLigaturesAsClustersThatCarryTheirText() {
        List<String> clusters = new ArrayList<>();
        drawnWidth(LIGA, "office fluffier", 0, clusters);
        assertEquals(List.of("ffi", "fl", "ffi"), clusters);
        List<String> none = new ArrayList<>();
        drawnWidth(SERIF, "office fluffier", 0, none);
        assertTrue(none.isEmpty(), "Liberation has no ligatures");
    }

    @Test
    void drawsACharacterItLacksAsNotdefCarryingTheCharacter() {
        assertFalse(SERIF.has(0x13000));
        List<String> clusters = new ArrayList<>();
        float width = drawnWidth(SERIF, "a\uD80C\uDC00b", 0, clusters);
        assertEquals(List.of("\uD80C\uDC00"), clusters);
        assertEquals(SERIF.advance("a\uD80C\uDC00b"), width, 0.01);
        assertEquals(SERIF.notdefAdvance() + SERIF.advance('a') + SERIF.advance('b'), width, 0.01);
    }

    @Test
    void reportsMetricsInThousandthsOfAnEm() {
        assertEquals(722, SERIF.advance('A'));
        assertEquals(250, SERIF.advance(' '));
        assertEquals(693.36, SERIF.ascent(), 0.01, "the typographic ascender of Liberation Serif");
        assertEquals(215.82, SERIF.descent(), 0.01);
    }
}

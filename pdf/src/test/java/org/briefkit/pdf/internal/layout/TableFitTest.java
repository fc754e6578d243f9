package org.briefkit.pdf.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The order of resorts for a table too wide: padding first, then size, then words broken, then refusal. */
class TableFitTest {

    /** {@code n} columns whose widest word is {@code word} and widest character {@code glyph}, at 10 pt. */
    private static ColumnNeeds needs(int n, float word, float glyph) {
        ColumnNeeds needs = new ColumnNeeds(n);
        Arrays.fill(needs.words(), word);
        Arrays.fill(needs.natural(), word);
        Arrays.fill(needs.glyphs(), glyph);
        return needs;
    }

    @Test
    void aTableThatFitsKeepsItsSizeAndPadding() {
        TableFit fit = TableFit.choose(needs(4, 20, 6), 10, 400);
        assertEquals(new TableFit(10, 5.5f, 3.5f, 1, true), fit);
    }

    @Test
    void thePaddingGoesBeforeTheSize() {
        // 10 columns of 30 pt words in 330 pt: 3 pt left for padding per column
        TableFit fit = TableFit.choose(needs(10, 30, 6), 10, 330);
        assertEquals(10, fit.size());
        assertEquals(1.25f, fit.padX(), 0.001f);
        assertTrue(fit.wholeWords());
    }

    @Test
    void thenTheSizeInHalfPointsDownToTheFloor() {
        // 10 columns of 30 pt words (at 10 pt) in 250 pt: at 8 pt, 24 + 1.6 + 0.5 = 26.1 > 25; at 7.5 pt, 24.5
        TableFit fit = TableFit.choose(needs(10, 30, 6), 10, 250);
        assertEquals(7.5f, fit.size());
        assertEquals(0.75f, fit.padX(), 0.001f);
        assertTrue(fit.wholeWords());
    }

    @Test
    void wordsBreakOnlyWhenNoSizeKeepsThemWhole() {
        // words of 100 pt never fit 10 columns in 300 pt; characters of 6 pt do at 10 pt
        TableFit fit = TableFit.choose(needs(10, 100, 6), 10, 300);
        assertEquals(10, fit.size());
        assertTrue(!fit.wholeWords());
    }

    @Test
    void refusedWhenNotOneCharacterFitsAtTheFloor() {
        // at 5 pt a 6 pt character is 3 pt; with padding 1 pt and slack 0.5 pt: 4.5 pt a column
        ColumnNeeds needs = needs(100, 6, 6);
        assertNull(TableFit.choose(needs, 10, 400));
        assertEquals(88, TableFit.fitting(needs, 10, 400));
        assertEquals(450, TableFit.narrowest(needs, 10, false), 0.01f);
    }
}

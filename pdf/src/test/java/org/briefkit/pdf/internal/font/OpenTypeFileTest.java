package org.briefkit.pdf.internal.font;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.briefkit.pdf.Fixtures;
import org.briefkit.theme.FontStyle;
import org.briefkit.theme.Fonts;
import org.junit.jupiter.api.Test;

/** The table reader agrees with OpenPDF on names, character maps and advances. */
class OpenTypeFileTest {

    @Test
    void readsNamesStyleAndCoverage() throws IOException {
        OpenTypeFile otf = OpenTypeFile.open(OpenTypeFile.of(Fixtures.HANGUL_FILE.readAllBytes()), 0);
        OpenTypeFile.Names names = otf.names();
        assertTrue(names.families().contains("Briefkit Hangul"), names.families().toString());
        assertEquals(400, names.weight());
        assertFalse(names.italic());
        int[] coverage = otf.charMap().coverage();
        assertTrue(OpenTypeFile.covers(coverage, 0xAC00), "가");
        assertTrue(OpenTypeFile.covers(coverage, 'A'));
        assertFalse(OpenTypeFile.covers(coverage, 0x4E00), "no CJK ideographs in the subset");
        assertTrue(otf.hasTrueTypeOutlines());
    }

    @Test
    void mapsCharactersToTheGlyphsAndWidthsOpenPdfUses() throws IOException {
        var file = Fonts.LIBERATION.body().file(FontStyle.ITALIC);
        OpenTypeFile otf = OpenTypeFile.open(OpenTypeFile.of(file.readAllBytes()), 0);
        FontFace face = FontLibrary.load(file);
        int[] advances = otf.advances();
        for (char c : "AaZz09 ,.-é€\u2014".toCharArray()) {
            assertEquals(face.baseFont().getWidth(c), advances[otf.charMap().glyph(c)], "width of " + c);
        }
        assertTrue(otf.hasFeature("GPOS", "kern"));
        assertFalse(otf.hasFeature("GSUB", "liga"));
        OpenTypeFile liga = OpenTypeFile.open(OpenTypeFile.of(Fixtures.LIGA_FILE.readAllBytes()), 0);
        assertTrue(liga.hasFeature("GSUB", "liga"));
    }
}

package org.briefkit.pdf.internal.draw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTextArray;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.briefkit.pdf.internal.font.FontFace;
import org.briefkit.pdf.internal.font.FontLibrary;
import org.briefkit.theme.FontStyle;
import org.briefkit.theme.Fonts;
import org.junit.jupiter.api.Test;

/**
 * TJ arrays written directly are the bytes OpenPDF's showText(PdfTextArray) writes for the same
 * characters and adjustments, escapes included, and the finished file maps every glyph back to
 * its character.
 */
class TextShowerTest {
    private static final FontFace SERIF = FontLibrary.load(Fonts.LIBERATION.body().file(FontStyle.REGULAR));

    /** One step of a line: a character, or an adjustment when {@code character} is negative. */
    private record Step(int character, float adjust) {
        static Step of(int c) {
            return new Step(c, 0);
        }

        static Step move(float advance) {
            return new Step(-1, advance);
        }
    }

    /**
     * Characters whose glyph id has a byte that a PDF string must escape (parentheses, backslash,
     * line feed, return, tab, backspace, form feed) in either place, and the ASCII ones themselves.
     */
    private static List<Integer> awkwardCharacters() {
        Set<Integer> escaped = Set.of(0x28, 0x29, 0x5C, 0x0A, 0x0D, 0x09, 0x08, 0x0C);
        List<Integer> found = new ArrayList<>(List.of((int) '(', (int) ')', (int) '\\'));
        for (int c = 0x20; c < 0x3000 && found.size() < 24; c++) {
            int g = SERIF.glyph(c);
            if (g != 0 && (escaped.contains(g >> 8) || escaped.contains(g & 0xFF)) && !found.contains(c)) {
                found.add(c);
            }
        }
        return found;
    }

    private static List<Step> line() {
        List<Step> steps = new ArrayList<>();
        "AVATAR (Way) ".codePoints().forEach(c -> steps.add(Step.of(c)));
        steps.add(Step.move(-74)); // kerning: whole thousandths
        steps.add(Step.of('T'));
        steps.add(Step.move(3.37f)); // word spacing: a fraction
        steps.add(Step.move(-1.25f)); // two moves in a row are one number
        steps.add(Step.move(0)); // nothing
        for (int c : awkwardCharacters()) {
            steps.add(Step.of(c));
            steps.add(Step.move(-12));
        }
        steps.add(Step.move(40000)); // beyond OpenPDF's whole-number range
        steps.add(Step.of('z'));
        steps.add(Step.move(12.5f));
        steps.add(Step.move(-12.5f)); // moves that cancel
        steps.add(Step.of('.'));
        return steps;
    }

    /**
     * Liberation Serif Italic maps both U+FB01 and the private U+F001 to its "fi" glyph, and a glyph has
     * one character in the ToUnicode map: the one it was first shown for. A later character
     * drawn with that glyph carries its own text, so it is not read back as the first one.
     */
    @Test
    void aGlyphSharedByTwoCharactersReadsBackAsEachOfThem() throws IOException {
        FontFace italic = FontLibrary.load(Fonts.LIBERATION.body().file(FontStyle.ITALIC));
        assertEquals(italic.glyph(0xFB01), italic.glyph(0xF001), "the premise: one glyph for both");
        org.briefkit.model.Document document = org.briefkit.model.Document.builder(
                org.briefkit.pdf.Fixtures.metadata("Shared glyphs")).add(new org.briefkit.model.Paragraph(List.of(
                        new org.briefkit.model.Emphasis(List.of(new org.briefkit.model.Text("\uF001 then \uFB01nance"))))))
                .build();
        try (PDDocument pdf = Loader.loadPDF(org.briefkit.pdf.Fixtures.render(document,
                org.briefkit.pdf.Fixtures.theme()))) {
            String text = java.text.Normalizer.normalize(new PDFTextStripper().getText(pdf),
                    java.text.Normalizer.Form.NFKC);
            assertTrue(text.contains("then finance"), text);
            assertTrue(text.contains("\uF001"), "the first character keeps its own text: " + text);
        }
    }

    @Test
    void writesWhatOpenPdfsTextArrayWritesAndTheFileReadsBack() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        com.lowagie.text.Document document = new com.lowagie.text.Document(new Rectangle(600, 400));
        PdfWriter writer = PdfWriter.getInstance(document, out);
        document.open();
        PdfContentByte cb = writer.getDirectContent();
        PdfContentByte reference = new PdfContentByte(writer);
        TextShower shower = new TextShower(writer);
        assertTrue(TextShower.handles(SERIF));

        cb.beginText();
        cb.setFontAndSize(SERIF.baseFont(), 10);
        cb.setTextMatrix(20, 300);
        int before = cb.getInternalBuffer().size();
        TextShower.Array array = shower.begin(cb, SERIF);
        PdfTextArray texts = new PdfTextArray();
        StringBuilder pending = new StringBuilder();
        StringBuilder expectedText = new StringBuilder();
        for (Step step : line()) {
            if (step.character() >= 0) {
                array.text(step.character());
                pending.appendCodePoint(step.character());
                expectedText.appendCodePoint(step.character());
            } else {
                array.adjust(step.adjust());
                if (step.adjust() != 0) {
                    texts.add(pending.toString());
                    pending.setLength(0);
                }
                texts.add(step.adjust());
            }
        }
        array.end();
        texts.add(pending.toString());
        reference.setFontAndSize(SERIF.baseFont(), 10);
        reference.getInternalBuffer().reset();
        reference.showText(texts);

        byte[] content = cb.getInternalBuffer().toByteArray();
        String written = new String(content, before, content.length - before, java.nio.charset.StandardCharsets.ISO_8859_1);
        String expected = new String(reference.getInternalBuffer().toByteArray(), java.nio.charset.StandardCharsets.ISO_8859_1);
        assertEquals(expected, written);
        assertTrue(written.contains("\\("), "an escaped parenthesis in the array");

        TextShower.Array empty = shower.begin(cb, SERIF);
        int size = cb.getInternalBuffer().size();
        empty.end();
        assertEquals(size, cb.getInternalBuffer().size(), "an array with nothing in it is not written");
        cb.endText();
        document.close();

        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
            assertEquals(expectedText.toString().replaceAll("\\s+", ""), text);
            assertFalse(pdf.getPage(0).getResources().getFontNames().iterator().next().getName().isEmpty());
        }
    }
}

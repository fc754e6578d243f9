package org.briefkit.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.briefkit.InvalidDocumentException;
import org.briefkit.RenderException;
import org.briefkit.markdown.MarkdownReader;
import org.briefkit.model.Document;
import org.briefkit.model.Metadata;
import org.briefkit.model.Paragraph;
import org.briefkit.model.Text;
import org.briefkit.pdf.PdfOptions;
import org.briefkit.pdf.PdfRenderer;
import org.briefkit.theme.Theme;
import org.junit.jupiter.api.Test;

/** Catalogue: text that is not right (see docs/RELIABILITY.md). */
class BadTextTest {

    @Test
    void aControlCharacterIsRefusedWhenTheModelIsBuilt() {
        for (char c : new char[] {'\u0000', '\u0007', '\u000B', '\u001B', '\u007F', '\u0085', '\uFFFE'}) {
            InvalidDocumentException e = assertThrows(InvalidDocumentException.class, () -> new Text("a" + c + "b"));
            assertTrue(e.getMessage().contains(String.format("control character U+%04X at offset 1", (int) c)),
                    e.getMessage());
        }
        InvalidDocumentException e = assertThrows(InvalidDocumentException.class,
                () -> Metadata.builder("Title \u0001").build());
        assertEquals("metadata.title", e.field());
        // Tab, line feed and carriage return are text: CR and CRLF become LF.
        assertEquals("a\tb\nc\nd", new Text("a\tb\r\nc\rd").text());
    }

    @Test
    void anUnpairedSurrogateIsRefusedWhenTheModelIsBuilt() {
        assertTrue(assertThrows(InvalidDocumentException.class, () -> new Text("x\uD83Dy")).getMessage()
                .contains("unpaired surrogate U+D83D at offset 1"));
        assertTrue(assertThrows(InvalidDocumentException.class, () -> new Text("\uDE00")).getMessage()
                .contains("unpaired surrogate U+DE00 at offset 0"));
        assertEquals("\uD83D\uDE00", new Text("\uD83D\uDE00").text());
    }

    @Test
    void controlCharactersAndHalfPairsInMarkdownBecomeReplacementCharacters() {
        Document doc = MarkdownReader.standard().read("---\ntitle: T\n---\n\nA\u0001B \uD800 C&#x7f;D\u0085E\n",
                (Path) null, "bad.md");
        String text = ((Text) ((Paragraph) doc.body().get(0)).content().get(0)).text();
        assertEquals("A\uFFFDB \uFFFD C\uFFFDD\uFFFDE", text);
        Rendered.of(doc);
    }

    @Test
    void aCharacterNoFontHasIsAWarningOrInStrictModeAnError() {
        // U+10FFFD (private use, plane 16) and U+1F9EA (an emoji): no theme font has them.
        Document doc = Document.builder(Metadata.builder("Glyphs").build()).paragraph("test \uDBFF\uDFFD and \uD83E\uDDEA")
                .build();
        Rendered both = Rendered.of(doc);
        assertTrue(both.warnings().stream().anyMatch(w -> w.startsWith("character U+10FFFD")
                && w.contains("body[0]") && w.contains("has no glyph in any font")), both.warnings().toString());
        assertTrue(both.docxText().body().contains("\uDBFF\uDFFD"), "the DOCX keeps the character (Word picks a font)");
        PdfRenderer strict = PdfRenderer.create(PdfOptions.builder().systemFonts(false)
                .missingGlyphs(PdfOptions.MissingGlyphs.FAIL).build());
        RenderException e = assertThrows(RenderException.class, () -> Renders.bytes(strict, doc, Theme.letter()));
        assertTrue(e.getMessage().contains("U+10FFFD") && e.getMessage().contains("body[0]"), e.getMessage());
    }

    @Test
    void zeroWidthAndBidiControlsAreNeitherDrawnAsBoxesNorCopiedIntoMetadata() throws java.io.IOException {
        String controls = "\u200C\u200D\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2060\u2066\u2067\u2068\u2069"
                + "\uFEFF\u061C";
        Document doc = Document.builder(Metadata.builder("report\u202Efdp.exe").subtitle("sub\u200Etitle")
                        .keywords("key\u2066word").build())
                .heading(1, "Head\u202Eing")
                .paragraph("Every" + controls + "where and zero\u200Bwidth")
                .build();
        Rendered both = Rendered.of(doc);
        for (char c : controls.toCharArray()) {
            String code = String.format("U+%04X", (int) c);
            assertTrue(both.warnings().stream().noneMatch(w -> w.contains(code)), code + " drawn as a box: "
                    + both.warnings());
            assertTrue(both.pdfText().text().indexOf(c) < 0, code + " in the PDF's text");
        }
        assertTrue(both.pdfText().text().contains("Everywhere"), both.pdfText().text());
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(both.pdf())) {
            var info = pdf.getDocumentInformation();
            assertEquals("reportfdp.exe", info.getTitle());
            assertEquals("subtitle", info.getSubject());
            assertEquals("keyword", info.getKeywords());
            String xmp = new String(pdf.getDocumentCatalog().getMetadata().toByteArray(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(xmp.contains("reportfdp.exe") && !xmp.contains("\u202E") && !xmp.contains("&#x202E;")
                    && !xmp.contains("&#8238;"), xmp);
            List<String> bookmarks = new ArrayList<>();
            pdf.getDocumentCatalog().getDocumentOutline().children().forEach(b -> bookmarks.add(b.getTitle()));
            assertTrue(bookmarks.stream().anyMatch(b -> b.endsWith(" Heading")), bookmarks.toString());
        }
        String core = new String(both.docxText().parts().get("docProps/core.xml"), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(core.contains("<dc:title>reportfdp.exe</dc:title>") && core.contains("subtitle")
                && core.contains("keyword"), core);
        for (char c : controls.toCharArray()) {
            assertTrue(core.indexOf(c) < 0, String.format("U+%04X in the DOCX core properties", (int) c));
        }
    }

    @Test
    void aZeroWidthSpaceIsStillAPlaceToBreakALine() {
        // Forty words joined by zero-width spaces: one "word" far wider than the line, which may
        // break only at those spaces (or, failing that, anywhere). Every line must end at one.
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            text.append(i == 0 ? "" : "\u200B").append("word").append(i);
        }
        Document doc = Document.builder(Metadata.builder("Breaks").build()).paragraph(text.toString()).build();
        Rendered both = Rendered.of(doc);
        List<String> lines = PdfCheck.lines(both.pdfText().text()).stream().filter(l -> l.startsWith("word")).toList();
        assertTrue(lines.size() > 2, "the words were set on several lines: " + lines);
        for (String line : lines) {
            assertTrue(line.strip().matches("(word[0-9]+)+"), "a line broke inside a word: " + lines);
            assertTrue(line.indexOf('\u200B') < 0, "a zero-width space was drawn: " + line);
        }
    }

    @Test
    void rightToLeftAndCombiningTextKeepsItsCharactersInOrder() {
        List<String> words = new ArrayList<>(List.of("שלום", "עולם", "e\u0301te\u0301", "\u05E9\u05C1\u05B8\u05DC\u05D5\u05B9\u05DD",
                "ﬁnance", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "𠀀𠜎"));
        Document doc = Document.builder(Metadata.builder("Scripts").language("he-IL").build())
                .paragraph(String.join(" ", words)).build();
        Rendered both = Rendered.of(doc);
        assertTrue(both.docxText().body().contains(String.join(" ", words)), both.docxText().body());
    }
}

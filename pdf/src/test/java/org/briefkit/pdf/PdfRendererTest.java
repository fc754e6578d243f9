package org.briefkit.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDNamedDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.briefkit.RenderException;
import org.briefkit.model.Document;
import org.briefkit.model.Paragraph;
import org.briefkit.model.Text;
import org.briefkit.pdf.internal.layout.HeadingRecord;
import org.briefkit.pdf.internal.layout.LaidOutDocument;
import org.briefkit.render.Renderers;
import org.briefkit.theme.FontFamily;
import org.briefkit.theme.Fonts;
import org.briefkit.theme.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whole renders read back with PDFBox, an independent parser. */
class PdfRendererTest {

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(false);
            return stripper.getText(doc);
        }
    }

    private static String squeeze(String s) {
        return s.replace('\u00A0', ' ').replaceAll("-\\s*\\n", "").replaceAll("\\s+", " ").strip();
    }

    @Test
    void writesTheTextInReadingOrder() throws IOException {
        Document doc = Document.builder(Fixtures.metadata("Reading order")).paragraph("First paragraph, first words.")
                .heading(1, "A heading").paragraph("Second paragraph comes after the heading.")
                .bullets("One bullet", "Another bullet").paragraph("Last words.").build();
        String text = squeeze(text(Fixtures.render(doc, Fixtures.theme())));
        int last = -1;
        for (String part : List.of("Reading order", "First paragraph, first words.", "A heading",
                "Second paragraph comes after the heading.", "One bullet", "Another bullet", "Last words.")) {
            int at = text.indexOf(part);
            assertTrue(at > last, "'" + part + "' in order in: " + text);
            last = at;
        }
    }

    @Test
    void embedsEveryFontAndNoStandardFont() throws IOException {
        byte[] pdf = Fixtures.render(Fixtures.rich(2, 8), Fixtures.theme());
        int fonts = 0;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    fonts++;
                    assertTrue(font.isEmbedded(), font.getName() + " is not embedded");
                    assertFalse(font.isStandard14(), font.getName() + " is one of the standard 14 fonts");
                    assertTrue(font.getName().matches("[A-Z]{6}\\+.*"), font.getName() + " is not a subset");
                }
            }
        }
        assertTrue(fonts > 0);
    }

    @Test
    void makesTheOutlineFromTheHeadings() throws IOException {
        Document doc = Fixtures.rich(3, 5);
        LaidOutDocument laid = Fixtures.layout(doc, Fixtures.theme());
        byte[] pdf = Fixtures.render(doc, Fixtures.theme());
        List<String> outline = new ArrayList<>();
        try (PDDocument pd = Loader.loadPDF(pdf)) {
            var root = pd.getDocumentCatalog().getDocumentOutline();
            assertNotNull(root);
            collect(root.children(), outline);
            PDOutlineItem first = root.getFirstChild();
            PDPageDestination dest = (PDPageDestination) pd.getDocumentCatalog()
                    .findNamedDestinationPage((PDNamedDestination) ((PDActionGoTo) first.getAction()).getDestination());
            assertEquals(laid.headings().get(0).page() - 1, dest.retrievePageNumber());
        }
        assertEquals(laid.headings().stream().map(HeadingRecord::title).toList(), outline);
    }

    private static void collect(Iterable<PDOutlineItem> items, List<String> out) {
        for (PDOutlineItem item : items) {
            out.add(item.getTitle());
            collect(item.children(), out);
        }
    }

    @Test
    void resolvesInternalLinksToTheHeadingsPageAndKeepsExternalOnes() throws IOException {
        Document doc = Fixtures.rich(6, 12);
        LaidOutDocument laid = Fixtures.layout(doc, Fixtures.theme());
        int headingPage = laid.headings().stream().filter(h -> h.id().equals("sec-0")).findFirst().orElseThrow().page();
        byte[] pdf = Fixtures.render(doc, Fixtures.theme());
        int internal = 0;
        int external = 0;
        try (PDDocument pd = Loader.loadPDF(pdf)) {
            for (PDPage page : pd.getPages()) {
                for (PDAnnotation a : page.getAnnotations()) {
                    PDAnnotationLink link = assertInstanceOf(PDAnnotationLink.class, a);
                    if (link.getAction() instanceof PDActionGoTo go) {
                        PDNamedDestination named = (PDNamedDestination) go.getDestination();
                        PDPageDestination target = pd.getDocumentCatalog().findNamedDestinationPage(named);
                        assertNotNull(target, "destination " + named.getNamedDestination() + " exists");
                        if (named.getNamedDestination().equals("sec-0")) {
                            assertEquals(headingPage - 1, target.retrievePageNumber());
                            internal++;
                        }
                    } else {
                        PDActionURI uri = assertInstanceOf(PDActionURI.class, link.getAction());
                        assertEquals("https://example.org/report", uri.getURI());
                        external++;
                    }
                }
            }
        }
        assertTrue(internal > 0 && external > 0, internal + " internal, " + external + " external");
    }

    @Test
    void writesTheSameBytesTwice() {
        Document doc = Fixtures.rich(7, 6);
        assertArrayEquals(Fixtures.render(doc, Fixtures.theme()), Fixtures.render(doc, Fixtures.theme()));
    }

    @Test
    void writesTheSameBytesFromEightThreadsAsFromOne() throws Exception {
        List<Document> docs = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            docs.add(Fixtures.rich(20 + i, 3));
        }
        PdfRenderer renderer = Fixtures.renderer();
        Theme theme = Fixtures.theme();
        List<byte[]> alone = new ArrayList<>();
        for (Document d : docs) {
            alone.add(Fixtures.render(renderer, d, theme));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<byte[]>> futures = new ArrayList<>();
            List<Integer> which = new ArrayList<>();
            for (int round = 0; round < 4; round++) {
                for (int i = 0; i < docs.size(); i++) {
                    which.add(i);
                }
            }
            Collections.shuffle(which, new java.util.Random(8));
            for (int i : which) {
                Document d = docs.get(i);
                futures.add(pool.submit(() -> Fixtures.render(renderer, d, theme)));
            }
            for (int k = 0; k < futures.size(); k++) {
                assertArrayEquals(alone.get(which.get(k)), futures.get(k).get(), "render " + k);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void extractsHangulBackAsTheSameCharacters() throws IOException {
        Document doc = Document.builder(Fixtures.metadata("Hangul"))
                .add(Paragraph.of(new Text("Seoul is 서울 and the report is 보고서 in Korean."))).build();
        String text = text(Fixtures.render(doc, Fixtures.theme()));
        assertTrue(text.contains("서울"), text);
        assertTrue(text.contains("보고서"), text);
        try (PDDocument pd = Loader.loadPDF(Fixtures.render(doc, Fixtures.theme()))) {
            PDResources resources = pd.getPage(0).getResources();
            boolean hangulFont = false;
            for (COSName name : resources.getFontNames()) {
                hangulFont |= resources.getFont(name).getName().endsWith("+BriefkitHangul-Regular");
            }
            assertTrue(hangulFont, "the Hangul font from the theme's fallbacks is embedded");
        }
    }

    @Test
    void reportsACharacterNoFontHasAndDrawsItsNotdef() throws IOException {
        Document doc = Document.builder(Fixtures.metadata("Missing"))
                .add(Paragraph.of(new Text("An ancient sign \uD80C\uDC00 nobody has."))).build();
        List<String> warnings = new ArrayList<>();
        byte[] pdf = Fixtures.render(Fixtures.renderer(warnings), doc, Fixtures.theme());
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains("U+13000"), warnings.get(0));
        assertTrue(warnings.get(0).contains("body[0]"), warnings.get(0));
        assertTrue(text(pdf).contains("\uD80C\uDC00"), "the character still extracts, through ActualText");
    }

    @Test
    void failsOnACharacterNoFontHasInStrictMode() {
        Document doc = Document.builder(Fixtures.metadata("Missing"))
                .add(Paragraph.of(new Text("An ancient sign \uD80C\uDC00 nobody has."))).build();
        PdfRenderer strict = PdfRenderer.create(Fixtures.options(w -> { }).toBuilder()
                .missingGlyphs(PdfOptions.MissingGlyphs.FAIL).build());
        RenderException e = assertThrows(RenderException.class, () -> Fixtures.render(strict, doc, Fixtures.theme()));
        assertTrue(e.getMessage().contains("U+13000") && e.getMessage().contains("body[0]"), e.getMessage());
    }

    @Test
    void drawsLigaturesAndStillExtractsTheWord() throws IOException {
        FontFamily liga = Fixtures.LIGA;
        Theme theme = Theme.letter().toBuilder().fonts(new Fonts(liga, liga, Fonts.LIBERATION.mono(), List.of()))
                .build();
        Document doc = Document.builder(Fixtures.metadata("The office")).paragraph("The office staff filed the final figures.")
                .build();
        byte[] pdf = Fixtures.render(doc, theme);
        String text = text(pdf);
        assertTrue(text.contains("The office staff filed the final figures."), text);
        String content = new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1);
        assertFalse(content.isEmpty());
        var runs = Fixtures.runs(Fixtures.layout(doc, theme).pages().get(0));
        var face = runs.get(runs.size() - 1).face();
        List<int[]> clusters = new ArrayList<>();
        face.encode("office", 0, new org.briefkit.pdf.internal.font.GlyphSink() {
            @Override
            public void text(int codePoint) {
            }

            @Override
            public void glyphs(int[] glyphs, int count, String actualText) {
                assertEquals("ffi", actualText);
                clusters.add(glyphs);
            }

            @Override
            public void adjust(float advance) {
            }
        });
        assertEquals(1, clusters.size(), "'office' is drawn with one ffi ligature");
    }

    @Test
    void aPictureThatCannotBeDecodedNeverReachesTheRenderer() {
        byte[] png = Fixtures.png(40, 20).data();
        byte[] broken = java.util.Arrays.copyOf(png, 33); // a valid header, and no picture after it
        // The model checks the whole file's structure (core's ImageStructure), so the renderer's
        // own RenderException for an undecodable picture is a last resort.
        var e = assertThrows(org.briefkit.InvalidDocumentException.class,
                () -> org.briefkit.model.Image.of(broken, "broken-chart.png"));
        assertTrue(e.getMessage().contains("broken-chart.png"), e.getMessage());
    }

    @Test
    void writesMetadataAndTheLanguage() throws IOException {
        Document doc = Fixtures.rich(1, 1);
        try (PDDocument pd = Loader.loadPDF(Fixtures.render(doc, Fixtures.theme()))) {
            var info = pd.getDocumentInformation();
            assertEquals("Rich document 1", info.getTitle());
            assertEquals("Jane Doe, Kim Min-jun", info.getAuthor());
            assertEquals("Every kind of block, in proportion", info.getSubject());
            assertEquals("energy, policy", info.getKeywords());
            assertEquals(2026, info.getCreationDate().get(java.util.Calendar.YEAR));
            assertEquals("en-US", pd.getDocumentCatalog().getLanguage());
            assertNotNull(pd.getDocumentCatalog().getMetadata());
        }
    }

    @Test
    void isFoundByFormatNameAndWritesFilesAtomically(@TempDir Path dir) throws IOException {
        var renderer = Renderers.forFormat("pdf");
        assertEquals("pdf", renderer.format());
        Path file = dir.resolve("out.pdf");
        renderer.render(Document.builder(Fixtures.metadata("File")).paragraph("Hello.").build(), Fixtures.theme(), file);
        byte[] bytes = Files.readAllBytes(file);
        assertEquals("%PDF-", new String(bytes, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file is left");
        }
    }
}

package org.briefkit.pdf.internal.draw;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.briefkit.model.Document;
import org.briefkit.model.Metadata;
import org.briefkit.pdf.Fixtures;
import org.briefkit.theme.PageSize;
import org.junit.jupiter.api.Test;

/** What draw writes besides the pages' content: identity, dates, outline nesting, link borders, page sizes. */
class PdfDrawTest {

    private static Document simple(String title) {
        return Document.builder(Metadata.builder(title).build()).heading(1, "One").heading(2, "One a")
                .heading(3, "One a i").heading(2, "One b").heading(1, "Two").paragraph("Text.").build();
    }

    @Test
    void fixesTheDatesAndDerivesTheIdFromTheContent() throws IOException {
        byte[] a = Fixtures.render(simple("Same"), Fixtures.theme());
        byte[] b = Fixtures.render(simple("Other"), Fixtures.theme());
        try (PDDocument pd = Loader.loadPDF(a)) {
            Calendar created = pd.getDocumentInformation().getCreationDate();
            assertEquals(2026, created.get(Calendar.YEAR), "no date in the metadata: the fixed date");
            assertEquals(Calendar.JANUARY, created.get(Calendar.MONTH));
            COSArray id = pd.getDocument().getTrailer().getCOSArray(COSName.ID);
            assertEquals(2, id.size());
            try (PDDocument other = Loader.loadPDF(b)) {
                COSArray otherId = other.getDocument().getTrailer().getCOSArray(COSName.ID);
                assertNotEquals(id.toString(), otherId.toString(), "different content, different id");
            }
        }
        assertArrayEquals(a, Fixtures.render(simple("Same"), Fixtures.theme()));
    }

    @Test
    void nestsTheOutlineByHeadingLevel() throws IOException {
        try (PDDocument pd = Loader.loadPDF(Fixtures.render(simple("Outline"), Fixtures.theme()))) {
            List<String> top = new ArrayList<>();
            for (PDOutlineItem item : pd.getDocumentCatalog().getDocumentOutline().children()) {
                top.add(item.getTitle());
            }
            assertEquals(List.of("1  One", "2  Two"), top, "a report's headings are numbered by default");
            PDOutlineItem one = pd.getDocumentCatalog().getDocumentOutline().getFirstChild();
            List<String> under = new ArrayList<>();
            for (PDOutlineItem item : one.children()) {
                under.add(item.getTitle());
            }
            assertEquals(List.of("1.1  One a", "1.2  One b"), under);
            assertEquals("1.1.1  One a i", one.getFirstChild().getFirstChild().getTitle());
        }
    }

    @Test
    void drawsLinksWithoutBordersAndPrintable() throws IOException {
        byte[] pdf = Fixtures.render(Fixtures.rich(6, 6), Fixtures.theme());
        try (PDDocument pd = Loader.loadPDF(pdf)) {
            int links = 0;
            for (var page : pd.getPages()) {
                for (var a : page.getAnnotations()) {
                    PDAnnotationLink link = (PDAnnotationLink) a;
                    COSArray border = link.getCOSObject().getCOSArray(COSName.BORDER);
                    assertEquals(0f, ((org.apache.pdfbox.cos.COSNumber) border.get(2)).floatValue());
                    assertTrue(link.isPrinted());
                    links++;
                }
            }
            assertTrue(links > 0);
        }
    }

    @Test
    void writesPdfA1bWhenTheThemeAsks() throws IOException {
        Document doc = Document.builder(Metadata.builder("Archive").build()).paragraph("Kept for the record.")
                .add(new org.briefkit.model.Figure(org.briefkit.model.Attr.EMPTY, Fixtures.png(80, 40), "A chart",
                        List.of(), List.of())).build();
        byte[] pdf = Fixtures.render(doc, Fixtures.themeBuilder().pdfA(true).build());
        try (PDDocument pd = Loader.loadPDF(pdf)) {
            assertEquals(1, pd.getDocumentCatalog().getOutputIntents().size());
            String xmp = new String(pd.getDocumentCatalog().getMetadata().toByteArray(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(xmp.contains("pdfaid:part") && xmp.contains("pdfaid:conformance"), xmp);
            assertEquals("1.4", String.valueOf(pd.getVersion()));
        }
    }

    @Test
    void writesThePageSizeOfTheTheme() throws IOException {
        byte[] pdf = Fixtures.render(simple("A4"), Fixtures.themeBuilder().pageSize(PageSize.A4).build());
        try (PDDocument pd = Loader.loadPDF(pdf)) {
            var box = pd.getPage(0).getMediaBox();
            assertEquals(595.28f, box.getWidth(), 0.01f);
            assertEquals(841.89f, box.getHeight(), 0.01f);
        }
    }
}

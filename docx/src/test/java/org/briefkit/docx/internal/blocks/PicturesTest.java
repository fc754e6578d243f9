package org.briefkit.docx.internal.blocks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.imageio.ImageIO;
import org.briefkit.docx.DocxFile;
import org.briefkit.docx.Samples;
import org.briefkit.docx.SchemaCheck;
import org.briefkit.model.Attr;
import org.briefkit.model.Document;
import org.briefkit.model.DocumentKind;
import org.briefkit.model.Figure;
import org.briefkit.model.Image;
import org.briefkit.model.Metadata;
import org.briefkit.model.Note;
import org.briefkit.model.Text;
import org.briefkit.theme.Theme;
import org.junit.jupiter.api.Test;

class PicturesTest {
    private static final String DOC = "word/document.xml";

    @Test
    void aFigureFillsTheTextWidthKeepingItsAspectWithItsAltText() {
        DocxFile f = DocxFile.render(Samples.brief(), Theme.letter());
        String inline = "//w:p[w:pPr/w:pStyle/@w:val='Figure']//wp:inline";
        assertEquals("5943600", f.string(DOC, inline + "/wp:extent/@cx"), "6.5 in");
        assertEquals("3343275", f.string(DOC, inline + "/wp:extent/@cy"), "480 x 270 pixels");
        assertTrue(f.string(DOC, inline + "/wp:docPr/@descr").startsWith("Line chart: adaptation spending rose"));
        String rel = f.string(DOC, inline + "//a:blip/@r:embed");
        String target = f.string("word/_rels/document.xml.rels", "//rel:Relationship[@Id='" + rel + "']/@Target");
        assertTrue(f.names().contains("word/" + target), target);
        assertEquals("Figure 1. Spending, 2015\u20132025", f.string(DOC,
                "//w:p[w:pPr/w:pStyle/@w:val='Figure']/following-sibling::w:p[1][w:pPr/w:pStyle/@w:val='Caption']"));
        assertEquals("Source: Harbor Policy Institute analysis of budget data.", f.string(DOC,
                "//w:p[w:pPr/w:pStyle/@w:val='FigureCredit']"));
    }

    @Test
    void aTallImageIsCappedAtTheTextHeight() {
        Image tall = Image.of(Samples.png(100, 1000), "tall.png");
        Document doc = Document.builder(Metadata.builder("Tall").build())
                .add(new Figure(Attr.EMPTY, tall, "A tall bar", List.of(), List.of())).build();
        DocxFile f = DocxFile.render(doc, Theme.letter());
        assertEquals(Long.toString(9 * 1440 * 635L), f.string(DOC, "//wp:inline/wp:extent/@cy"), "9 in");
        assertEquals(Long.toString(Math.round(9 * 1440 * 635L / 10.0)), f.string(DOC, "//wp:inline/wp:extent/@cx"));
    }

    @Test
    void aFigureInAFootnoteIsRelatedFromTheNotesPart() {
        Image chart = Image.of(Samples.png(40, 20), "small.png");
        Note note = new Note(List.of(new Figure(Attr.EMPTY, chart, "Tiny chart", List.of(new Text("In a note")),
                List.of())));
        Document doc = Document.builder(Metadata.builder("Pictured notes").kind(DocumentKind.REPORT).build())
                .paragraph(new Text("Text"), note).build();
        DocxFile f = DocxFile.render(doc, Theme.letter());
        String rel = f.string("word/footnotes.xml", "//a:blip/@r:embed");
        String target = f.string("word/_rels/footnotes.xml.rels", "//rel:Relationship[@Id='" + rel + "']/@Target");
        assertTrue(f.names().contains("word/" + target), target);
        assertEquals("Tiny chart", f.string("word/footnotes.xml", "//wp:docPr/@descr"));
    }

    @Test
    void theLogoTopsTheCoverWithItsAltText() {
        DocxFile f = DocxFile.render(Samples.brief(), Theme.letter());
        String logo = "//w:p[w:pPr/w:pStyle/@w:val='CoverLogo']//wp:inline";
        assertEquals("Harbor Policy Institute logo", f.string(DOC, logo + "/wp:docPr/@descr"));
        assertEquals(f.string(DOC, logo + "/wp:extent/@cx"), f.string(DOC, logo + "/wp:extent/@cy"), "square");
        assertEquals(Long.toString(720 * 635L), f.string(DOC, logo + "/wp:extent/@cy"), "half an inch atop a brief's band");
        Document report = Samples.report(1, 1, 1, 0);
        Document withLogo = new Document(report.metadata().toBuilder().organization(Samples.INSTITUTE_WITH_LOGO).build(),
                report.summary(), report.body(), report.backMatter());
        DocxFile r = DocxFile.render(withLogo, Theme.letter());
        assertEquals(Long.toString(1440 * 635L), r.string(DOC, logo + "/wp:extent/@cy"), "one inch on a cover page");
    }

    @Test
    void theLetterheadLogoIsAPictureOfItsHeader() {
        Document release = Samples.pressRelease();
        Document withLogo = new Document(release.metadata().toBuilder().organization(Samples.INSTITUTE_WITH_LOGO).build(),
                release.summary(), release.body(), release.backMatter());
        DocxFile f = DocxFile.render(withLogo, Theme.letter());
        String header = "word/" + f.string("word/_rels/document.xml.rels", "//rel:Relationship[@Id='"
                + f.string(DOC, "//w:body/w:sectPr/w:headerReference[@w:type='first']/@r:id") + "']/@Target");
        String rel = f.string(header, "//w:p[w:pPr/w:pStyle/@w:val='Letterhead']//a:blip/@r:embed");
        String rels = header.replace("word/", "word/_rels/") + ".rels";
        assertTrue(f.names().contains("word/" + f.string(rels, "//rel:Relationship[@Id='" + rel + "']/@Target")));
        assertEquals(Long.toString(480 * 635L), f.string(header, "//wp:inline/wp:extent/@cy"), "a third of an inch");
    }

    @Test
    void picturesKeepThePicPrefixAndNoPartHasADefaultNamespace() {
        DocxFile f = DocxFile.render(Samples.brief(), Theme.letter());
        assertTrue(f.text(DOC).contains("<pic:pic"));
        for (String part : f.names()) {
            if (part.startsWith("word/") && part.endsWith(".xml")) {
                assertTrue(!f.text(part).contains(" xmlns=\""), part + " declares a default namespace");
            }
        }
    }

    @Test
    void drawingIdsAreUnique() {
        DocxFile f = DocxFile.render(Samples.brief(), Theme.letter());
        List<String> ids = f.strings(DOC, "//wp:docPr/@id");
        assertEquals(ids.size(), ids.stream().distinct().count());
    }

    @Test
    void aPhotoStoredSidewaysIsTurnedUprightAndSizedAsSeen() throws IOException {
        // 400 x 300 stored, orientation 6: seen upright it is 300 wide and 400 tall.
        Image photo = Image.of(jpegWithOrientation(6), "portrait.jpg");
        Document doc = Document.builder(Metadata.builder("Portrait").build())
                .add(new Figure(Attr.EMPTY, photo, "A portrait", List.of(), List.of())).build();
        DocxFile f = DocxFile.render(doc, Theme.letter());
        long seenWidth = 5943600; // as wide as the text, 6.5 in
        long seenHeight = Math.round(seenWidth * 400 / 300.0);
        assertEquals(Long.toString(seenHeight), f.string(DOC, "//wp:inline/wp:extent/@cx"), "the unturned shape");
        assertEquals(Long.toString(seenWidth), f.string(DOC, "//wp:inline/wp:extent/@cy"));
        assertEquals("5400000", f.string(DOC, "//pic:spPr/a:xfrm/@rot"), "a quarter turn clockwise");
        long overhang = (seenWidth - seenHeight) / 2;
        assertEquals(Long.toString(overhang), f.string(DOC, "//wp:inline/wp:effectExtent/@l"));
        assertEquals(Long.toString(-overhang), f.string(DOC, "//wp:inline/wp:effectExtent/@t"));
        assertEquals(List.of(), SchemaCheck.errors(f));
    }

    @Test
    void aMirroredPhotoIsFlippedAndAnUprightOneIsLeftAlone() throws IOException {
        for (int orientation : new int[] {1, 2, 3, 4}) {
            Image photo = Image.of(jpegWithOrientation(orientation), "photo.jpg");
            Document doc = Document.builder(Metadata.builder("Photo").build())
                    .add(new Figure(Attr.EMPTY, photo, "A photo", List.of(), List.of())).build();
            DocxFile f = DocxFile.render(doc, Theme.letter());
            assertEquals("5943600", f.string(DOC, "//wp:inline/wp:extent/@cx"), "as wide as the text");
            assertEquals(orientation == 3 ? "10800000" : null, f.string(DOC, "//pic:spPr/a:xfrm/@rot"));
            assertEquals(orientation == 2 ? "true" : null, f.string(DOC, "//pic:spPr/a:xfrm/@flipH"));
            assertEquals(orientation == 4 ? "true" : null, f.string(DOC, "//pic:spPr/a:xfrm/@flipV"));
        }
    }

    /** A JPEG of 400 x 300 stored pixels, with a big-endian Exif segment giving {@code value}. */
    private static byte[] jpegWithOrientation(int value) throws IOException {
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB), "jpg", plain);
        byte[] jpeg = plain.toByteArray();
        byte[] tiff = {'M', 'M', 0, 42, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, (byte) value, 0, 0, 0, 0,
            0, 0};
        byte[] exif = "Exif\0\0".getBytes(StandardCharsets.ISO_8859_1);
        int length = 2 + exif.length + tiff.length;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xE1, (byte) (length >> 8), (byte) length});
        out.writeBytes(exif);
        out.writeBytes(tiff);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }
}

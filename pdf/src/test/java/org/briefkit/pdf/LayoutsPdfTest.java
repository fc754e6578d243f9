package org.briefkit.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDNamedDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.briefkit.model.Document;
import org.briefkit.theme.HeadingNumbering;
import org.briefkit.theme.Theme;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Each kind's PDF read back with PDFBox: text in order, contents pages, live links, metadata, PDF/A. */
class LayoutsPdfTest {
    private static final Theme LETTER = Fixtures.fullThemeBuilder().build();

    private static String text(PDDocument doc) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(false);
        return squeeze(stripper.getText(doc));
    }

    private static String squeeze(String s) {
        return s.replace('\u00A0', ' ').replace("\u00AD", "").replaceAll("-\\s*\\n", "").replaceAll("\\s+", " ")
                .strip();
    }

    @Test
    void aPressReleaseReadsInOrderOnOnePageWithTheEmbargoTheDatelineAndTheEndMarkLast() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(Fixtures.render(Samples.pressRelease(), LETTER))) {
            assertEquals(1, pdf.getNumberOfPages());
            String text = text(pdf);
            Fixtures.assertInOrder(text, "Bramblewood Institute", "Climate and Health Program",
                    "EMBARGOED UNTIL 9:00 A.M. EDT, MARCH 17, 2026", "Media contact", "Laura Whitfield",
                    "Cooling Centers Close Before Older Adults' Homes Get Hottest", "A study of 2,412 older adults",
                    "Washington, March 17, 2026\u2014Cooling centers in U.S. cities", "1. Cooling within a ten-minute",
                    "2. Doors open into the evening.", "3. A phone call before the heat arrives.",
                    "before the next heat wave.", "Read more", "Cool Hours: Protecting Older Adults",
                    "About Bramblewood Institute", "1225 Harmon Place NW", "###");
            assertTrue(text.endsWith("###"), text);
        }
    }

    @Test
    void anImmediateReleaseWithAnApDatelineReadsSo() throws IOException {
        Document doc = Samples.pressRelease(Samples.pressReleaseMetadata()
                .release(org.briefkit.model.Release.immediate()).build());
        Theme ap = LETTER.toBuilder().datelineStyle(org.briefkit.theme.DatelineStyle.AP).build();
        try (PDDocument pdf = Loader.loadPDF(Fixtures.render(doc, ap))) {
            String text = text(pdf);
            Fixtures.assertInOrder(text, "FOR IMMEDIATE RELEASE", "Media contact", "WASHINGTON \u2014 Cooling centers in U.S.");
            assertTrue(!text.contains("EMBARGOED"), text);
        }
    }

    @Test
    void aBriefAndAReportReadInTheOrderOfTheirParts() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(Fixtures.render(Samples.brief(), LETTER))) {
            Fixtures.assertInOrder(text(pdf), "Climate and Health Program", "Open Late, Close By", "What Seoul's Heat Shelters",
                    "Park Joon-ho, Visiting Fellow", "March 17, 2026", "Bramblewood Institute",
                    "\u00A9 2026 Bramblewood Institute", "Executive Summary", "Key takeaways",
                    "1. Distance decides use.",
                    "Why cooling centers sit empty", "Recommendations", "Notes", "About the Authors", "Read more",
                    "Bramblewood Institute", "The Bramblewood Institute is an independent", "https://www.example.org/",
                    "Media contact");
        }
        try (PDDocument pdf = Loader.loadPDF(Fixtures.render(Samples.report(3), LETTER))) {
            Fixtures.assertInOrder(text(pdf), "Cool Hours", "Contents", "Executive Summary", "Chapter 1:", "Chapter 3:",
                    "Methods", "Data tables", "About the Authors", "Rachel Alvarez", "Read more", "Media contact");
        }
    }

    @Test
    void contentsEntriesLinkToTheirHeadingsAndShowThePagesTheyLandOn() throws IOException {
        for (Theme theme : List.of(LETTER, LETTER.toBuilder().headingNumbering(HeadingNumbering.ALL).build())) {
            try (PDDocument pdf = Loader.loadPDF(Fixtures.render(Samples.report(8), theme))) {
                int checked = 0;
                for (int p = 2; p <= 3; p++) {
                    PDPage page = pdf.getPage(p);
                    for (PDAnnotation a : page.getAnnotations()) {
                        PDAnnotationLink link = (PDAnnotationLink) a;
                        PDPageDestination target = target(pdf, link);
                        var r = link.getRectangle();
                        PDFTextStripperByArea area = new PDFTextStripperByArea();
                        float top = page.getMediaBox().getHeight() - r.getUpperRightY();
                        area.addRegion("entry", new Rectangle2D.Float(r.getLowerLeftX(), top, r.getWidth(),
                                r.getHeight()));
                        area.extractRegions(page);
                        String entry = squeeze(area.getTextForRegion("entry"));
                        if (entry.isEmpty() || entry.equals("Contents")) {
                            continue;
                        }
                        String number = entry.substring(entry.lastIndexOf(' ') + 1);
                        assertEquals(Integer.toString(target.retrievePageNumber() + 1), number,
                                "the page shown for '" + entry + "'");
                        checked++;
                    }
                }
                assertTrue(checked > 30, checked + " entries checked");
            }
        }
    }

    @Test
    void everyInternalLinkOfEveryKindResolvesToAPage() throws IOException {
        for (Document doc : List.of(Samples.pressRelease(), Samples.brief(), Samples.report(4))) {
            try (PDDocument pdf = Loader.loadPDF(Fixtures.render(doc, LETTER))) {
                int internal = 0;
                for (PDPage page : pdf.getPages()) {
                    for (PDAnnotation a : page.getAnnotations()) {
                        PDAnnotationLink link = (PDAnnotationLink) a;
                        if (link.getAction() instanceof PDActionGoTo) {
                            PDPageDestination d = target(pdf, link);
                            assertTrue(d.retrievePageNumber() >= 0, "a destination on a page");
                            internal++;
                        }
                    }
                }
                if (doc.metadata().kind() != org.briefkit.model.DocumentKind.PRESS_RELEASE) {
                    assertTrue(internal > 10, internal + " internal links in the " + doc.metadata().kind());
                }
            }
        }
    }

    @Test
    void noteMarkersAndNotesLinkToEachOtherAcrossThePage() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(Fixtures.render(Samples.report(2), LETTER))) {
            int there = 0;
            int back = 0;
            for (PDPage page : pdf.getPages()) {
                for (PDAnnotation a : page.getAnnotations()) {
                    if (((PDAnnotationLink) a).getAction() instanceof PDActionGoTo go
                            && go.getDestination() instanceof PDNamedDestination named) {
                        String name = named.getNamedDestination();
                        int from = pdf.getPages().indexOf(page);
                        int to = target(pdf, (PDAnnotationLink) a).retrievePageNumber();
                        if (name.startsWith("_bk/note/")) {
                            there++;
                            assertTrue(to == from || to == from + 1, "a footnote is on its marker's page " + name);
                        } else if (name.startsWith("_bk/ref/")) {
                            back++;
                            assertEquals(from, to, "a footnote links back to its page " + name);
                        }
                    }
                }
            }
            assertTrue(there > 5 && there == back, there + " markers, " + back + " notes");
        }
    }

    @Test
    void writesTheMetadataToTheInformationAndTheXmp() throws Exception {
        Document doc = Samples.brief();
        try (PDDocument pdf = Loader.loadPDF(Fixtures.render(doc, LETTER))) {
            var info = pdf.getDocumentInformation();
            assertEquals("Open Late, Close By", info.getTitle());
            assertEquals("Park Joon-ho, Kim Min-ji", info.getAuthor());
            assertEquals("en-US", pdf.getDocumentCatalog().getLanguage());
            byte[] xmp = pdf.getDocumentCatalog().getMetadata().toByteArray();
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            org.w3c.dom.Document x = f.newDocumentBuilder().parse(new ByteArrayInputStream(xmp));
            String dc = "http://purl.org/dc/elements/1.1/";
            assertEquals(List.of("Open Late, Close By"), items(x.getElementsByTagNameNS(dc, "title")));
            assertEquals(List.of("Park Joon-ho, Kim Min-ji"), items(x.getElementsByTagNameNS(dc, "creator")));
            assertEquals(List.of("en-US"), items(x.getElementsByTagNameNS(dc, "language")));
        }
    }

    private static List<String> items(NodeList property) {
        assertEquals(1, property.getLength(), "one property");
        NodeList li = ((Element) property.item(0)).getElementsByTagNameNS("http://www.w3.org/1999/02/22-rdf-syntax-ns#",
                "li");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < li.getLength(); i++) {
            out.add(li.item(i).getTextContent());
        }
        return out;
    }

    @Test
    void writesPdfA1bThatVeraPdfPassesForEveryKindWithAPictureWithAlpha() throws Exception {
        Theme pdfA = LETTER.toBuilder().pdfA(true).build();
        for (Document doc : List.of(Samples.pressRelease(), Samples.brief(), Samples.report(2))) {
            byte[] bytes = Fixtures.render(doc, pdfA);
            assertEquals(List.of(), VeraPdf.pdfA1bFailures(bytes), doc.metadata().kind() + " is PDF/A-1b");
        }
        List<String> plain = VeraPdf.pdfA1bFailures(Fixtures.render(Samples.pressRelease(), LETTER));
        assertTrue(!plain.isEmpty(), "the validator does fail a file that is not PDF/A");
    }

    private static PDPageDestination target(PDDocument pdf, PDAnnotationLink link) throws IOException {
        PDActionGoTo go = (PDActionGoTo) link.getAction();
        PDPageDestination d = pdf.getDocumentCatalog()
                .findNamedDestinationPage((PDNamedDestination) go.getDestination());
        assertNotNull(d, "destination " + ((PDNamedDestination) go.getDestination()).getNamedDestination());
        return d;
    }
}

package org.briefkit.docx.internal.sections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.briefkit.docx.DocxFile;
import org.briefkit.docx.Samples;
import org.briefkit.docx.Themes;
import org.briefkit.theme.Theme;
import org.junit.jupiter.api.Test;

class SectionsTest {
    private static final String DOC = "word/document.xml";

    /** @return the part a relationship id of document.xml points to */
    private static String target(DocxFile f, String relId) {
        return "word/" + f.string("word/_rels/document.xml.rels", "//rel:Relationship[@Id='" + relId + "']/@Target");
    }

    @Test
    void pageSizeAndMarginsComeFromTheTheme() {
        DocxFile letter = DocxFile.render(Samples.brief(), Theme.letter());
        for (String sect : List.of("//w:sectPr")) {
            assertEquals(List.of("12240"), distinct(letter.strings(DOC, sect + "/w:pgSz/@w:w")));
            assertEquals(List.of("15840"), distinct(letter.strings(DOC, sect + "/w:pgSz/@w:h")));
            assertEquals(List.of("1440"), distinct(letter.strings(DOC, sect + "/w:pgMar/@w:left")));
            assertEquals(List.of("1440"), distinct(letter.strings(DOC, sect + "/w:pgMar/@w:top")));
        }
        DocxFile bound = DocxFile.render(Samples.brief(), Themes.bound());
        assertEquals(List.of("11906"), distinct(bound.strings(DOC, "//w:sectPr/w:pgSz/@w:w")));
        assertEquals(List.of("16838"), distinct(bound.strings(DOC, "//w:sectPr/w:pgSz/@w:h")));
        assertEquals(List.of("1701"), distinct(bound.strings(DOC, "//w:sectPr/w:pgMar/@w:left")), "inner 30 mm");
        assertEquals(List.of("1134"), distinct(bound.strings(DOC, "//w:sectPr/w:pgMar/@w:right")), "outer 20 mm");
        assertEquals(List.of("454"), distinct(bound.strings(DOC, "//w:sectPr/w:pgMar/@w:gutter")), "gutter 8 mm");
        assertEquals(1, bound.count("word/settings.xml", "//w:mirrorMargins"));
        assertEquals(0, letter.count("word/settings.xml", "//w:mirrorMargins"));
    }

    @Test
    void footersCarryPageAndNumpagesFields() {
        DocxFile f = DocxFile.render(Samples.brief(), Theme.letter());
        String main = "//w:body/w:sectPr";
        String footer = target(f, f.string(DOC, "(//w:p/w:pPr/w:sectPr)[last()]/w:footerReference[@w:type='default']/@r:id"));
        List<String> instructions = f.strings(footer, "//w:instrText").stream().map(String::strip).toList();
        assertEquals(List.of("PAGE", "NUMPAGES"), instructions);
        assertEquals(List.of("Harbor Policy Institute\t\tPage 1 of 1"), f.paragraphs(footer));
        String header = target(f, f.string(DOC, "(//w:p/w:pPr/w:sectPr)[last()]/w:headerReference[@w:type='default']/@r:id"));
        assertEquals(List.of("Steady Currents\t\tEnergy and Climate Program"), f.paragraphs(header));
        assertEquals(1, f.count(DOC, main), "the last section is the body's");
    }

    @Test
    void aPressReleaseShowsItsLetterheadOnPageOneAndItsRunningTitleFromPageTwo() {
        DocxFile f = DocxFile.render(Samples.pressRelease(), Theme.letter());
        String sect = "//w:body/w:sectPr";
        assertEquals(1, f.count(DOC, sect + "/w:titlePg"));
        String first = target(f, f.string(DOC, sect + "/w:headerReference[@w:type='first']/@r:id"));
        String running = target(f, f.string(DOC, sect + "/w:headerReference[@w:type='default']/@r:id"));
        String firstFooter = target(f, f.string(DOC, sect + "/w:footerReference[@w:type='first']/@r:id"));
        assertEquals(List.of("Harbor Policy Institute\u2002|\u2002Maritime Security Program"), f.paragraphs(first));
        assertEquals(List.of(""), f.paragraphs(firstFooter));
        assertTrue(f.paragraphs(running).get(0).startsWith("Tidewater report release"));
    }

    @Test
    void aReportsCoverAndBackCoverAreSectionsOfTheirOwnWithoutRunningHeads() {
        DocxFile f = DocxFile.render(Samples.report(2, 2, 2, 0), Theme.letter());
        String cover = "(//w:p/w:pPr/w:sectPr)[1]";
        assertEquals(1, f.count(DOC, cover + "/w:titlePg"));
        assertEquals("center", f.string(DOC, cover + "/w:vAlign/@w:val"));
        assertEquals(List.of(""), f.paragraphs(target(f, f.string(DOC, cover + "/w:headerReference[@w:type='first']/@r:id"))));
        assertEquals(List.of(""), f.paragraphs(target(f, f.string(DOC, cover + "/w:footerReference[@w:type='first']/@r:id"))));
        assertEquals("Harbor Policy Institute", f.string(DOC, "(//w:p[w:pPr/w:sectPr])[1]/w:r/w:t"),
                "the cover ends with the organization");
        String back = "//w:body/w:sectPr";
        assertEquals("evenPage", f.string(DOC, back + "/w:type/@w:val"), "the back cover is the outside");
        assertEquals(1, f.count(DOC, back + "/w:titlePg"));
        assertEquals("bottom", f.string(DOC, back + "/w:vAlign/@w:val"));
        assertEquals(List.of(""), f.paragraphs(target(f, f.string(DOC, back + "/w:headerReference[@w:type='default']/@r:id"))));
        assertEquals(List.of("Harbor Policy Institute"), f.strings(DOC, "(//w:p[w:pPr/w:sectPr])[last()]"
                + "/following-sibling::w:p[w:pPr/w:pStyle/@w:val='BackCoverTitle']"), "the back cover is the last section");
    }

    @Test
    void aBriefHasNoCoverPageAndNoBackCoverPage() {
        DocxFile f = DocxFile.render(Samples.brief(), Theme.letter());
        assertEquals(0, f.count(DOC, "//w:sectPr/w:vAlign"));
        assertEquals(0, f.count(DOC, "//w:sectPr/w:type[@w:val='evenPage']"));
        assertEquals(1, f.count(DOC, "(//w:sectPr)[1]/w:titlePg"), "page 1, its band, has no running heads");
        String first = target(f, f.string(DOC, "(//w:sectPr)[1]/w:headerReference[@w:type='first']/@r:id"));
        assertEquals(List.of(""), f.paragraphs(first));
    }

    @Test
    void everySectionNamesItsHeadersAndFooters() {
        for (var doc : List.of(Samples.pressRelease(), Samples.brief(), Samples.report(2, 2, 2, 0))) {
            DocxFile f = DocxFile.render(doc, Theme.letter());
            int sections = f.count(DOC, "//w:sectPr");
            assertEquals(sections, f.count(DOC, "//w:sectPr[w:headerReference[@w:type='default']]"));
            assertEquals(sections, f.count(DOC, "//w:sectPr[w:footerReference[@w:type='default']]"));
            for (String id : f.strings(DOC, "//w:headerReference/@r:id | //w:footerReference/@r:id")) {
                assertTrue(f.names().contains(target(f, id)), id);
            }
        }
    }

    @Test
    void aTitleWithBracesStaysText() {
        var meta = Samples.brief().metadata().toBuilder().shortTitle("Costs per {page}").build();
        var doc = new org.briefkit.model.Document(meta, List.of(), Samples.brief().body(), List.of());
        DocxFile f = DocxFile.render(doc, Theme.letter());
        String header = target(f, f.string(DOC, "(//w:p/w:pPr/w:sectPr)[last()]/w:headerReference[@w:type='default']/@r:id"));
        assertEquals(List.of("Costs per {page}\t\tEnergy and Climate Program"), f.paragraphs(header));
        assertEquals(0, f.count(header, "//w:instrText"));
    }

    private static List<String> distinct(List<String> values) {
        return values.stream().distinct().toList();
    }
}

package org.briefkit.docx.internal.numbering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import org.briefkit.docx.DocxFile;
import org.briefkit.docx.Samples;
import org.briefkit.docx.Themes;
import org.briefkit.theme.HeadingNumbering;
import org.briefkit.theme.Theme;
import org.junit.jupiter.api.Test;

class NumberingTest {
    private static final String DOC = "word/document.xml";
    private static final String NUMBERING = "word/numbering.xml";

    private static String numId(DocxFile f, String text) {
        return f.string(DOC, "//w:p[w:r/w:t='" + text + "']/w:pPr/w:numPr/w:numId/@w:val");
    }

    private static String ilvl(DocxFile f, String text) {
        return f.string(DOC, "//w:p[w:r/w:t='" + text + "']/w:pPr/w:numPr/w:ilvl/@w:val");
    }

    private static String abstractOf(DocxFile f, String numId) {
        return f.string(NUMBERING, "//w:num[@w:numId='" + numId + "']/w:abstractNumId/@w:val");
    }

    private static String startOf(DocxFile f, String numId) {
        return f.string(NUMBERING, "//w:num[@w:numId='" + numId + "']/w:lvlOverride/w:startOverride/@w:val");
    }

    @Test
    void listItemsCarryTheirListAndLevel() {
        DocxFile f = DocxFile.render(Samples.brief(), Theme.letter());
        String bullets = numId(f, "Grants");
        assertEquals("0", ilvl(f, "Grants"));
        assertEquals(bullets, numId(f, "Bonds"));
        assertEquals("0", abstractOf(f, bullets));
        String nested = numId(f, "Federal");
        assertEquals("1", ilvl(f, "Federal"));
        assertFalse(nested.equals(bullets), "a nested list is a list of its own");
        assertEquals("1", f.string(NUMBERING, "//w:num[@w:numId='" + nested + "']/w:lvlOverride/@w:ilvl"));
        assertEquals("ListParagraph", f.string(DOC, "//w:p[w:r/w:t='Grants']/w:pPr/w:pStyle/@w:val"));
        assertEquals("ListContinue", f.string(DOC,
                "//w:p[w:r/w:t='General obligation and revenue bonds both count.']/w:pPr/w:pStyle/@w:val"));
        assertEquals(0, f.count(DOC, "//w:p[w:r/w:t='General obligation and revenue bonds both count.']//w:numPr"));
    }

    @Test
    void everyListRestartsAtItsOwnStart() {
        DocxFile f = DocxFile.render(Samples.brief(), Theme.letter());
        String fromThree = numId(f, "Third point, numbered from 3");
        assertEquals("3", startOf(f, fromThree));
        assertEquals("1", abstractOf(f, fromThree), "decimal");
        String letters = numId(f, "sub-point a");
        assertEquals("1", startOf(f, letters));
        assertEquals("2", abstractOf(f, letters), "lower letter");
        String recommendations = numId(f, "Create a revolving adaptation fund.");
        assertEquals("1", startOf(f, recommendations));
        List<String> numIds = f.strings(NUMBERING, "//w:num/@w:numId");
        assertEquals(new HashSet<>(numIds).size(), numIds.size());
        for (String id : f.strings(DOC, "//w:numPr/w:numId/@w:val")) {
            assertTrue(id.equals("0") || numIds.contains(id), "numId " + id + " is defined");
            if (!id.equals("0")) {
                assertEquals(1, f.count(NUMBERING, "//w:num[@w:numId='" + id + "']/w:lvlOverride/w:startOverride"));
            }
        }
    }

    @Test
    void numberedHeadingsUseWordNumberingLinkedToTheHeadingStyles() {
        DocxFile f = DocxFile.render(Samples.report(2, 2, 1, 0), Themes.numbered());
        String styles = "word/styles.xml";
        String headingList = f.string(styles, "//w:style[@w:styleId='Heading1']/w:pPr/w:numPr/w:numId/@w:val");
        assertEquals("6", abstractOf(f, headingList));
        assertEquals("1", f.string(styles, "//w:style[@w:styleId='Heading2']/w:pPr/w:numPr/w:ilvl/@w:val"));
        assertEquals(0, f.count(styles, "//w:style[@w:styleId='Heading4']/w:pPr/w:numPr"), "three levels numbered");
        assertEquals("0", f.string(styles, "//w:style[@w:styleId='TOCHeading']/w:pPr/w:numPr/w:numId/@w:val"));
        assertEquals("0", f.string(DOC, "//w:p[w:r/w:t='Executive Summary']/w:pPr/w:numPr/w:numId/@w:val"));
        assertEquals("0", f.string(DOC, "//w:p[w:r/w:t='About the Authors']/w:pPr/w:numPr/w:numId/@w:val"));
        assertEquals(0, f.count(DOC, "//w:p[w:r/w:t='Chapter 1: Storms and insurance']/w:pPr/w:numPr"),
                "body headings take the style's number");
        String appendix = f.string(DOC, "//w:p[w:r/w:t='Methodology']/w:pPr/w:numPr/w:numId/@w:val");
        assertEquals("7", abstractOf(f, appendix));
        assertEquals("upperLetter", f.string(NUMBERING, "//w:abstractNum[@w:abstractNumId='7']/w:lvl[@w:ilvl='0']/w:numFmt/@w:val"));
    }

    @Test
    void unnumberedKindsAndThemesLinkNoHeadings() {
        DocxFile none = DocxFile.render(Samples.report(2, 2, 1, 0),
                Theme.letter().toBuilder().headingNumbering(HeadingNumbering.NONE).build());
        DocxFile brief = DocxFile.render(Samples.brief(), Theme.letter());
        for (DocxFile f : List.of(none, brief)) {
            assertEquals(0, f.count("word/styles.xml", "//w:style[starts-with(@w:styleId,'Heading')]/w:pPr/w:numPr"));
            assertEquals(0, f.count(DOC, "//w:p[w:pPr/w:pStyle[starts-with(@w:val,'Heading')]]/w:pPr/w:numPr"));
        }
    }

    @Test
    void byDefaultAReportIsNumberedAndItsAppendicesSayAppendix() {
        DocxFile f = DocxFile.render(Samples.report(2, 2, 1, 0), Theme.letter());
        String headingList = f.string("word/styles.xml", "//w:style[@w:styleId='Heading1']/w:pPr/w:numPr/w:numId/@w:val");
        assertEquals("6", abstractOf(f, headingList));
        String level0 = "//w:abstractNum[@w:abstractNumId='7']/w:lvl[@w:ilvl='0']";
        assertEquals("Appendix %1", f.string(NUMBERING, level0 + "/w:lvlText/@w:val"));
        assertEquals("%1.%2", f.string(NUMBERING, "//w:abstractNum[@w:abstractNumId='7']/w:lvl[@w:ilvl='1']/w:lvlText/@w:val"));
    }
}

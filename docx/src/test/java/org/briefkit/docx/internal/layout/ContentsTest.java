package org.briefkit.docx.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.briefkit.docx.DocxFile;
import org.briefkit.docx.Samples;
import org.briefkit.docx.Themes;
import org.briefkit.theme.Theme;
import org.junit.jupiter.api.Test;

class ContentsTest {
    private static final String DOC = "word/document.xml";

    @Test
    void theTableOfContentsIsAFieldWithTheHeadingsAsItsCachedResult() {
        DocxFile f = DocxFile.render(Samples.report(2, 2, 1, 5), Themes.numbered());
        List<String> instructions = f.strings(DOC, "//w:instrText").stream().map(String::strip).toList();
        assertEquals("TOC \\o \"1-3\" \\h \\z \\u", instructions.get(0));
        assertEquals(1, f.count(DOC, "//w:fldChar[@w:fldCharType='begin' and (@w:dirty='true' or @w:dirty='1')]"));
        List<String> entries = f.paragraphs(DOC).stream().filter(p -> p.endsWith("\t")).toList();
        List<String> expected = new ArrayList<>();
        expected.add("Executive Summary\t");
        for (int c = 1; c <= 2; c++) {
            expected.add(c + "\tChapter " + c + ": " + new String[] {"", "Storms and insurance", "Fisheries"}[c] + "\t");
            for (int s = 1; s <= 2; s++) {
                expected.add(c + "." + s + "\tFindings " + c + "." + s + "\t");
            }
        }
        expected.add("3\tData tables\t");
        expected.add("Appendix A\u2002Methodology\t"); // too wide for the number column: no tab
        expected.add("About the Authors\t");
        assertEquals(expected, entries);
        assertEquals(List.of("TOC1", "TOC1", "TOC2", "TOC2"), f.strings(DOC,
                "//w:p[w:hyperlink]/w:pPr/w:pStyle/@w:val").subList(0, 4));
    }

    @Test
    void everyEntryLinksToItsHeadingsBookmarkAndAsksWordForThePage() {
        DocxFile f = DocxFile.render(Samples.report(2, 2, 1, 0), Theme.letter());
        List<String> anchors = f.strings(DOC, "//w:p[w:pPr/w:pStyle[starts-with(@w:val,'TOC')]]/w:hyperlink/@w:anchor");
        assertTrue(anchors.size() > 5);
        for (String anchor : anchors) {
            String heading = "//w:p[w:bookmarkStart/@w:name='" + anchor + "']/w:pPr/w:pStyle/@w:val";
            assertTrue(f.string(DOC, heading).startsWith("Heading"), anchor + " marks a heading");
            assertEquals(1, f.count(DOC, "//w:fldSimple[normalize-space(@w:instr)='PAGEREF " + anchor + " \\h']"), anchor);
        }
        assertEquals("chapter_1", anchors.get(1), "a heading's id names its bookmark");
    }

    @Test
    void anEntryIsAtMostTenElementsSoManyHeadingsTakeLittleHeap() {
        // POI holds every element in memory (about 100 bytes each, more with attributes): an entry
        // whose page number was a complex field took 17, and 50,000 headings did not fit 256 MB.
        DocxFile f = DocxFile.render(Samples.report(2, 2, 1, 0), Theme.letter());
        String entries = "//w:p[w:pPr/w:pStyle[starts-with(@w:val,'TOC')] and w:hyperlink]";
        int count = f.count(DOC, entries);
        assertTrue(count > 5, "the contents has entries");
        // At most ten an entry (fewer without a number), and the TOC field's begin (three runs of
        // two) and end (one run of two).
        int elements = f.count(DOC, entries + "/descendant-or-self::*");
        assertTrue(elements <= count * 10 + 8, elements + " elements for " + count + " entries");
    }

    @Test
    void depthFollowsTheTheme() {
        DocxFile f = DocxFile.render(Samples.report(2, 2, 1, 0), Themes.bound());
        assertEquals("TOC \\o \"1-2\" \\h \\z \\u", f.strings(DOC, "//w:instrText").get(0).strip());
        assertEquals(0, f.count(DOC, "//w:p[w:pPr/w:pStyle/@w:val='TOC3']"));
    }

    @Test
    void briefsHaveNone() {
        DocxFile f = DocxFile.render(Samples.brief(), Theme.letter());
        assertEquals(0, f.count(DOC, "//w:instrText[contains(., 'TOC')]"));
        assertEquals(0, f.count("word/settings.xml", "//w:updateFields"));
    }
}

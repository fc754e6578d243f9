package org.briefkit.docx.internal.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.briefkit.docx.DocxFile;
import org.briefkit.docx.Samples;
import org.briefkit.theme.Theme;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Node;

class TableWriterTest {
    private static final String DOC = "word/document.xml";
    private static final String TABLE = "//w:tbl[w:tblPr/w:tblStyle/@w:val='BriefkitTable']";

    @Test
    void aTableHasAGridFillingTheTextColumn() {
        DocxFile f = DocxFile.render(Samples.brief(), Theme.letter());
        List<String> cols = f.strings(DOC, TABLE + "/w:tblGrid/w:gridCol/@w:w");
        assertEquals(List.of("5616", "1872", "1872"), cols, "3:1:1 of 6.5 in");
        assertEquals("9360", f.string(DOC, TABLE + "/w:tblPr/w:tblW/@w:w"));
        assertEquals("fixed", f.string(DOC, TABLE + "/w:tblPr/w:tblLayout/@w:type"));
        assertEquals(List.of("5616", "1872", "1872"), f.strings(DOC, TABLE + "/w:tr[1]/w:tc/w:tcPr/w:tcW/@w:w"));
    }

    @Test
    void headerRowsRepeatAndNoRowSplits() {
        DocxFile f = DocxFile.render(Samples.report(1, 1, 1, 60), Theme.letter());
        String table = "//w:tbl[.//w:t='Port 60']";
        assertEquals(61, f.count(DOC, table + "/w:tr"));
        assertEquals(1, f.count(DOC, table + "/w:tr[w:trPr/w:tblHeader]"));
        assertEquals(1, f.count(DOC, table + "/w:tr[1][w:trPr/w:tblHeader]"));
        assertEquals(61, f.count(DOC, table + "/w:tr[w:trPr/w:cantSplit]"));
        assertEquals("1", f.string(DOC, table + "/w:tblPr/w:tblLook/@w:firstRow").replace("true", "1"));
    }

    @Test
    void cellsTakeTheStyleOfTheirColumnsAlignment() {
        DocxFile f = DocxFile.render(Samples.brief(), Theme.letter());
        assertEquals(List.of("TableHeading", "TableHeadingRight", "TableHeadingCentered"),
                f.strings(DOC, TABLE + "/w:tr[1]/w:tc/w:p/w:pPr/w:pStyle/@w:val"));
        assertEquals(List.of("TableText", "TableTextRight", "TableTextCentered"),
                f.strings(DOC, TABLE + "/w:tr[2]/w:tc/w:p/w:pPr/w:pStyle/@w:val"));
        Node caption = f.nodes(DOC, TABLE + "/preceding-sibling::w:p[1]").item(0);
        assertEquals(List.of("TableCaption"), f.strings(caption, "w:pPr/w:pStyle/@w:val"));
    }

    @Test
    void aCalloutIsAOneCellTableThatMaySplit() {
        DocxFile f = DocxFile.render(Samples.brief(), Theme.letter());
        String callout = "//w:tbl[w:tblPr/w:tblStyle/@w:val='BriefkitCallout'][.//w:t='Recommendations']";
        assertEquals(1, f.count(DOC, callout + "/w:tr"));
        assertEquals(1, f.count(DOC, callout + "/w:tr/w:tc"));
        assertEquals(0, f.count(DOC, callout + "/w:tr/w:trPr/w:cantSplit"));
        assertEquals(List.of("CalloutTitle", "CalloutBody", "ListParagraph", "ListParagraph", "ListParagraph"),
                f.strings(DOC, callout + "//w:p/w:pPr/w:pStyle/@w:val"));
        assertEquals("recs", f.string(DOC, callout + "//w:bookmarkStart/@w:name"));
    }
}

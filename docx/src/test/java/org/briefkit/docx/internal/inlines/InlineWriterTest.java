package org.briefkit.docx.internal.inlines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.briefkit.docx.DocxFile;
import org.briefkit.docx.Samples;
import org.briefkit.model.Document;
import org.briefkit.model.Emphasis;
import org.briefkit.model.LineBreak;
import org.briefkit.model.Link;
import org.briefkit.model.Metadata;
import org.briefkit.model.Strong;
import org.briefkit.model.Text;
import org.briefkit.theme.Theme;
import org.junit.jupiter.api.Test;

class InlineWriterTest {
    private static final String DOC = "word/document.xml";

    @Test
    void internalLinksResolveToBookmarks() {
        for (Document doc : List.of(Samples.brief(), Samples.report(2, 2, 2, 3))) {
            DocxFile f = DocxFile.render(doc, Theme.letter());
            Set<String> bookmarks = new HashSet<>();
            for (String part : f.namesStartingWith("word/")) {
                if (part.endsWith(".xml")) {
                    bookmarks.addAll(f.strings(part, "//w:bookmarkStart/@w:name"));
                }
            }
            List<String> anchors = f.strings(DOC, "//w:hyperlink/@w:anchor");
            assertTrue(!anchors.isEmpty());
            for (String anchor : anchors) {
                assertTrue(bookmarks.contains(anchor), anchor + " is a bookmark");
            }
            List<String> starts = f.strings(DOC, "//w:bookmarkStart/@w:id");
            assertEquals(starts.size(), new HashSet<>(starts).size(), "bookmark ids are unique");
            assertEquals(new HashSet<>(starts), new HashSet<>(f.strings(DOC, "//w:bookmarkEnd/@w:id")));
        }
    }

    @Test
    void crossReferencesPointAtTheirTargets() {
        DocxFile f = DocxFile.render(Samples.brief(), Theme.letter());
        assertEquals("sec_korea", f.string(DOC, "//w:hyperlink[w:r/w:t='2.1']/@w:anchor"));
        assertEquals("Korea\u2019s green bonds", f.string(DOC, "//w:p[w:bookmarkStart/@w:name='sec_korea']/w:r/w:t"));
        assertEquals("tbl_spending", f.string(DOC, "//w:hyperlink[w:r/w:t='spending table']/@w:anchor"));
        assertEquals("TableCaption", f.string(DOC,
                "//w:p[w:bookmarkStart/@w:name='tbl_spending']/w:pPr/w:pStyle/@w:val"), "a table's mark is on its caption");
        assertEquals("Figure", f.string(DOC, "//w:p[w:bookmarkStart/@w:name='fig_trend']/w:pPr/w:pStyle/@w:val"));
        assertEquals("CodeBlock", f.string(DOC, "//w:p[w:bookmarkStart/@w:name='code_model']/w:pPr/w:pStyle/@w:val"));
    }

    @Test
    void externalLinksGoThroughRelationshipsAndKeepTheirTitles() {
        DocxFile f = DocxFile.render(Samples.brief(), Theme.letter());
        String id = f.string(DOC, "//w:hyperlink[w:r/w:t='data.example.org']/@r:id");
        String rels = "word/_rels/document.xml.rels";
        assertEquals("https://data.example.org/adapt", f.string(rels, "//rel:Relationship[@Id='" + id + "']/@Target"));
        assertEquals("External", f.string(rels, "//rel:Relationship[@Id='" + id + "']/@TargetMode"));
        assertEquals("Open data portal", f.string(DOC, "//w:hyperlink[@r:id='" + id + "']/@w:tooltip"));
        assertEquals("Hyperlink", f.string(DOC, "//w:hyperlink[@r:id='" + id + "']/w:r/w:rPr/w:rStyle/@w:val"));
        for (String rel : f.strings(DOC, "//w:hyperlink/@r:id")) {
            assertEquals(1, f.count(rels, "//rel:Relationship[@Id='" + rel + "']"), rel);
        }
    }

    @Test
    void formattingNestsAndTabsAndBreaksBecomeWordsOwn() {
        Document doc = Document.builder(Metadata.builder("Runs").build())
                .paragraph(Strong.of(new Text("bold "), Emphasis.of("and italic")), new Text("\tafter a tab\nand a line"),
                        new LineBreak(), new Text("end"))
                .build();
        DocxFile f = DocxFile.render(doc, Theme.letter());
        String p = "//w:body/w:p[.//w:t='end']";
        assertEquals(1, f.count(DOC, p + "/w:r[w:t='bold ']/w:rPr[w:b and not(w:i)]"));
        assertEquals(1, f.count(DOC, p + "/w:r[w:t='and italic']/w:rPr[w:b and w:i]"));
        assertEquals(1, f.count(DOC, p + "/w:r[w:tab][w:t='after a tab'][w:br][w:t='and a line']"));
        assertEquals(2, f.count(DOC, p + "//w:br"));
        assertEquals(0, f.count(DOC, p + "//w:t[contains(., '\t') or contains(., '\n')]"));
    }

    @Test
    void aLinkInsideALinkKeepsItsTextInTheOuterOne() {
        Document doc = Document.builder(Metadata.builder("Links").build())
                .paragraph(new Link(org.briefkit.model.Attr.EMPTY, List.of(new Text("outer "),
                        Link.to("https://inner.example.org", "inner")), "https://outer.example.org", ""))
                .build();
        DocxFile f = DocxFile.render(doc, Theme.letter());
        assertEquals(1, f.count(DOC, "//w:hyperlink"));
        assertEquals(List.of("outer ", "inner"), f.strings(DOC, "//w:hyperlink/w:r/w:t"));
    }
}

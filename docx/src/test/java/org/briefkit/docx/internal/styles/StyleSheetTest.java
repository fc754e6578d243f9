package org.briefkit.docx.internal.styles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.briefkit.docx.DocxFile;
import org.briefkit.docx.Samples;
import org.briefkit.docx.Themes;
import org.briefkit.model.Document;
import org.briefkit.theme.Theme;
import org.junit.jupiter.api.Test;

class StyleSheetTest {
    private static final String STYLES = "word/styles.xml";

    @Test
    void everyStyleTheTextUsesIsDefined() {
        for (Document doc : List.of(Samples.pressRelease(), Samples.brief(), Samples.report(2, 2, 2, 5))) {
            for (Theme theme : Themes.all()) {
                DocxFile file = DocxFile.render(doc, theme);
                Set<String> defined = new HashSet<>(file.strings(STYLES, "//w:style/@w:styleId"));
                Set<String> used = new TreeSet<>();
                for (String part : file.names()) {
                    if (part.startsWith("word/") && part.endsWith(".xml") && !part.equals(STYLES)
                            && !part.equals("word/numbering.xml")) {
                        used.addAll(file.strings(part, "//w:pStyle/@w:val | //w:rStyle/@w:val | //w:tblStyle/@w:val"));
                    }
                }
                used.removeAll(defined);
                assertTrue(used.isEmpty(), "undefined styles " + used + " in " + doc.metadata().kind());
            }
        }
    }

    @Test
    void wordsBuiltInStylesKeepTheirNames() {
        DocxFile file = DocxFile.render(Samples.brief(), Theme.letter());
        List<String> names = file.strings(STYLES, "//w:style/w:name/@w:val");
        for (String name : List.of("Normal", "Title", "Subtitle", "heading 1", "heading 2", "heading 3", "heading 4",
                "heading 5", "heading 6", "Quote", "caption", "List Paragraph", "Hyperlink", "footnote text",
                "footnote reference", "endnote text", "endnote reference", "toc 1", "toc 2", "toc 3", "TOC Heading",
                "header", "footer")) {
            assertTrue(names.contains(name), name);
        }
        for (String name : List.of("Dateline", "Release Line", "Contact", "Callout Title", "Callout Body", "Pull Quote",
                "End Mark", "Program Label", "Letterhead", "Cover Program", "Read More", "Briefkit Table")) {
            assertTrue(names.contains(name), name);
        }
    }

    @Test
    void headingsHaveOutlineLevelsAndKeepWithWhatFollows() {
        DocxFile file = DocxFile.render(Samples.brief(), Theme.letter());
        for (int level = 1; level <= 6; level++) {
            String style = "//w:style[@w:styleId='Heading" + level + "']/w:pPr";
            assertEquals(Integer.toString(level - 1), file.string(STYLES, style + "/w:outlineLvl/@w:val"));
            assertEquals(1, file.count(STYLES, style + "/w:keepNext"));
            assertEquals(1, file.count(STYLES, style + "/w:keepLines"));
        }
    }

    @Test
    void documentDefaultsComeFromTheTheme() {
        DocxFile file = DocxFile.render(Samples.brief(), Theme.letter());
        String rPr = "//w:docDefaults/w:rPrDefault/w:rPr";
        assertEquals("Times New Roman", file.string(STYLES, rPr + "/w:rFonts/@w:ascii"));
        assertEquals("Malgun Gothic", file.string(STYLES, rPr + "/w:rFonts/@w:eastAsia"));
        assertEquals("21", file.string(STYLES, rPr + "/w:sz/@w:val"), "a brief's compact body, 10.5 pt");
        assertEquals("22", DocxFile.render(Samples.report(1, 1, 1, 0), Theme.letter()).string(STYLES,
                rPr + "/w:sz/@w:val"), "a report's is the theme's, 11 pt");
        assertEquals("en-US", file.string(STYLES, rPr + "/w:lang/@w:val"));
        assertEquals("ko-KR", file.string(STYLES, rPr + "/w:lang/@w:eastAsia"));
        assertEquals("Arial", file.string(STYLES, "//w:style[@w:styleId='Heading1']/w:rPr/w:rFonts/@w:ascii"));
        assertEquals("36", file.string(STYLES, "//w:style[@w:styleId='Heading1']/w:rPr/w:sz/@w:val"));
        assertEquals("both", file.string(STYLES, "//w:style[@w:styleId='Normal']/w:pPr/w:jc/@w:val"));
        DocxFile ragged = DocxFile.render(Samples.brief(), Theme.letter().toBuilder().justify(false).build());
        assertEquals("left", ragged.string(STYLES, "//w:style[@w:styleId='Normal']/w:pPr/w:jc/@w:val"));
    }

    @Test
    void thePartsTakeCoresSizesForTheKind() {
        String title = "//w:style[@w:styleId='Title']/w:rPr/w:sz/@w:val";
        String defaults = "//w:docDefaults/w:rPrDefault/w:rPr/w:sz/@w:val";
        DocxFile release = DocxFile.render(Samples.pressRelease(), Theme.letter());
        assertEquals("36", release.string(STYLES, title), "an 18 pt headline");
        assertEquals("24", release.string(STYLES, "//w:style[@w:styleId='Subtitle']/w:rPr/w:sz/@w:val"), "12 pt subhead");
        assertEquals("21", release.string(STYLES, defaults), "10.5 pt body");
        assertEquals("263", release.string(STYLES, "//w:docDefaults//w:spacing/@w:line"), "on 13 pt");
        assertEquals("17", release.string(STYLES, "//w:style[@w:styleId='Contact']/w:rPr/w:sz/@w:val"));
        assertEquals("60", DocxFile.render(Samples.brief(), Theme.letter()).string(STYLES, title), "a 30 pt band title");
        DocxFile report = DocxFile.render(Samples.report(1, 1, 1, 0), Theme.letter());
        assertEquals("72", report.string(STYLES, title), "a 36 pt cover title");
        assertEquals("22", report.string(STYLES, defaults));
        DocxFile block = DocxFile.render(Samples.report(1, 1, 1, 0), Theme.letter().toBuilder().coverPage(false).build());
        assertEquals("52", block.string(STYLES, title), "the theme's 26 pt title in a title block");
    }

    @Test
    void aCoversAuthorsAreNamedInBoldWithTheRoleOnTheLine() {
        DocxFile file = DocxFile.render(Samples.report(1, 1, 1, 0), Theme.letter());
        String authors = "//w:p[w:pPr/w:pStyle/@w:val='CoverAuthors']";
        assertEquals("AuthorNameChar", file.string("word/document.xml", authors + "/w:r[1]/w:rPr/w:rStyle/@w:val"));
        assertTrue(file.string("word/document.xml", authors + "/w:r[2]/w:t").startsWith(", "));
        assertEquals(1, file.count(STYLES, "//w:style[@w:styleId='AuthorNameChar']/w:rPr/w:b"));
        assertEquals("character", file.string(STYLES, "//w:style[@w:styleId='AuthorRole']/@w:type"));
    }

    /** A person changes the look by editing a style: paragraphs carry a style, a number, a break, never a look. */
    @Test
    void noParagraphOrRunCarriesFormattingAStyleCouldCarry() {
        for (Document doc : List.of(Samples.pressRelease(), Samples.brief(), Samples.report(2, 2, 2, 5))) {
            DocxFile file = DocxFile.render(doc, Themes.numbered());
            for (String part : file.names()) {
                if (!part.matches("word/(document|footnotes|endnotes|header\\d+|footer\\d+)\\.xml")) {
                    continue;
                }
                Set<String> paragraphProps = new TreeSet<>();
                String own = "//w:p[not(ancestor::w:footnote[@w:type] or ancestor::w:endnote[@w:type])]";
                var nodes = file.nodes(part, own + "/w:pPr/*");
                for (int i = 0; i < nodes.getLength(); i++) {
                    paragraphProps.add(nodes.item(i).getLocalName());
                }
                paragraphProps.removeAll(Set.of("pStyle", "numPr", "pageBreakBefore", "sectPr"));
                assertTrue(paragraphProps.isEmpty(), part + " paragraphs carry " + paragraphProps);
                Set<String> runProps = new TreeSet<>();
                nodes = file.nodes(part, "//w:r/w:rPr/*");
                for (int i = 0; i < nodes.getLength(); i++) {
                    runProps.add(nodes.item(i).getLocalName());
                }
                runProps.removeAll(Set.of("rStyle", "b", "i", "smallCaps", "strike", "vertAlign"));
                assertTrue(runProps.isEmpty(), part + " runs carry " + runProps);
            }
        }
    }

    @Test
    void eachBlockKindTakesItsStyle() {
        DocxFile file = DocxFile.render(Samples.brief(), Theme.letter());
        Set<String> used = new HashSet<>(file.strings("word/document.xml", "//w:pStyle/@w:val | //w:rStyle/@w:val"
                + " | //w:tblStyle/@w:val"));
        for (String style : List.of("Title", "Subtitle", "Heading1", "Heading2", "ListParagraph", "ListContinue",
                "Quote", "QuoteAttribution", "PullQuote", "PullQuoteAttribution", "CalloutTitle", "CalloutBody",
                "TableCaption", "TableHeading", "TableText", "TableTextRight", "TableTextCentered", "Figure", "Caption",
                "FigureCredit", "CodeBlock", "Rule", "Code", "Hyperlink", "EndnoteReference", "BriefkitTable",
                "BriefkitCallout", "CoverProgram", "CoverAuthors", "CoverDate", "CoverOrganization", "Copyright",
                "AuthorName", "AuthorRole", "AuthorBio", "ReadMoreTitle", "ReadMoreItem", "ReadMore", "BackCoverTitle",
                "BackCover", "ContactLabel", "Contact", "TOCHeading")) {
            if (!style.equals("TOCHeading")) {
                assertTrue(used.contains(style), style + " not used; used: " + new TreeSet<>(used));
            }
        }
    }

    @Test
    void aClassNamesAStyleAndCustomStyleCreatesOne() {
        DocxFile file = DocxFile.render(Samples.brief(), Theme.letter());
        assertEquals("Policy Note", file.string(STYLES, "//w:style[@w:styleId='PolicyNote']/w:name/@w:val"));
        assertEquals("Normal", file.string(STYLES, "//w:style[@w:styleId='PolicyNote']/w:basedOn/@w:val"));
        assertEquals(List.of("PolicyNote"), file.strings("word/document.xml",
                "//w:p[w:r/w:t='A custom style that Word users can restyle.']/w:pPr/w:pStyle/@w:val"));
        assertEquals(List.of("Dateline"), file.strings("word/document.xml",
                "//w:r[w:t='a styled span']/w:rPr/w:rStyle/@w:val"));
    }
}

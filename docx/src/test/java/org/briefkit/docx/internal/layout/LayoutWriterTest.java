package org.briefkit.docx.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.briefkit.docx.DocxFile;
import org.briefkit.docx.Samples;
import org.briefkit.model.Author;
import org.briefkit.model.Code;
import org.briefkit.model.CodeBlock;
import org.briefkit.model.Contact;
import org.briefkit.model.Document;
import org.briefkit.model.Figure;
import org.briefkit.model.Link;
import org.briefkit.model.Metadata;
import org.briefkit.model.RelatedItem;
import org.briefkit.model.Text;
import org.briefkit.model.Walk;
import org.briefkit.theme.DatelineStyle;
import org.briefkit.theme.Theme;
import org.junit.jupiter.api.Test;

class LayoutWriterTest {
    private static final String DOC = "word/document.xml";

    /** @return the styles of the body's paragraphs (table cells' included), in reading order */
    private static List<String> styles(DocxFile f) {
        return f.strings(DOC, "//w:body//w:p/w:pPr/w:pStyle/@w:val");
    }

    private static List<String> runsOf(List<String> styles) {
        List<String> order = new ArrayList<>();
        for (String s : styles) {
            if (order.isEmpty() || !order.get(order.size() - 1).equals(s)) {
                order.add(s);
            }
        }
        return order;
    }

    /** @return the part a relationship id of document.xml points to */
    private static String target(DocxFile f, String relId) {
        return "word/" + f.string("word/_rels/document.xml.rels", "//rel:Relationship[@Id='" + relId + "']/@Target");
    }

    @Test
    void aPressReleaseRunsInTheOrderOfItsParts() {
        DocxFile f = DocxFile.render(Samples.pressRelease(), Theme.letter());
        assertEquals(List.of("ReleaseLine", "ContactLabel", "Contact", "Title", "Subtitle", "ListParagraph",
                "ReadMoreTitle", "ReadMoreItem", "ReadMore", "AboutHeading", "About", "EndMark"), runsOf(styles(f)));
        List<String> paragraphs = f.paragraphs(DOC);
        assertEquals("###", paragraphs.get(paragraphs.size() - 1), "the end mark is last");
        assertEquals("FOR IMMEDIATE RELEASE", paragraphs.get(0));
        // the letterhead is page 1's header: its top margin, as printed letterhead
        String first = target(f, f.string(DOC, "//w:body/w:sectPr/w:headerReference[@w:type='first']/@r:id"));
        assertEquals(List.of("Harbor Policy Institute\u2002|\u2002Maritime Security Program"), f.paragraphs(first));
        assertEquals("Letterhead", f.string(first, "//w:p/w:pPr/w:pStyle/@w:val"));
    }

    @Test
    void theReleaseLineAndTheContactsShareARow() {
        DocxFile f = DocxFile.render(Samples.pressRelease(), Theme.letter());
        String row = "//w:body/w:tbl[1]/w:tr";
        assertEquals("BriefkitColumns", f.string(DOC, "//w:body/w:tbl[1]/w:tblPr/w:tblStyle/@w:val"));
        assertEquals(1, f.count(DOC, row));
        assertEquals(List.of("ReleaseLine"), f.strings(DOC, row + "/w:tc[1]/w:p/w:pPr/w:pStyle/@w:val"));
        assertEquals(List.of("ContactLabel", "Contact"), f.strings(DOC, row + "/w:tc[2]/w:p/w:pPr/w:pStyle/@w:val"));
        assertEquals(1, f.count(DOC, row + "/w:trPr/w:cantSplit"));
        assertEquals(List.of("9360"), List.of(f.string(DOC, "//w:body/w:tbl[1]/w:tblPr/w:tblW/@w:w")), "the measure");
    }

    @Test
    void withRunningHeadsOnPageOneTheLetterheadOpensTheText() {
        DocxFile f = DocxFile.render(Samples.pressRelease(), Theme.letter().toBuilder().runningHeadsOnFirstPage(true)
                .build());
        assertEquals("Letterhead", styles(f).get(0));
        assertEquals("Harbor Policy Institute\u2002|\u2002Maritime Security Program", f.paragraphs(DOC).get(0));
        assertEquals(0, f.count(DOC, "//w:headerReference[@w:type='first']"));
    }

    @Test
    void theDatelineOpensTheFirstParagraphInItsCharacterStyle() {
        DocxFile dated = DocxFile.render(Samples.pressRelease(), Theme.letter());
        String first = "//w:body/w:p[w:r/w:rPr/w:rStyle/@w:val='Dateline']";
        assertEquals(1, dated.count(DOC, first));
        assertEquals("Washington, March 15, 2026\u2014", dated.string(DOC, first + "/w:r[1]/w:t"));
        assertTrue(dated.string(DOC, first).contains("Today, the Harbor Policy Institute released"));
        DocxFile ap = DocxFile.render(Samples.pressRelease(),
                Theme.letter().toBuilder().datelineStyle(DatelineStyle.AP).build());
        assertEquals("WASHINGTON \u2014 ", ap.string(DOC, first + "/w:r[1]/w:t"));
    }

    @Test
    void anEmbargoIsSpelledOut() {
        Metadata meta = Samples.pressRelease().metadata().toBuilder()
                .release(org.briefkit.model.Release.embargoedUntil("2026-03-15T09:00-04:00[America/New_York]")).build();
        Document doc = new Document(meta, List.of(), Samples.pressRelease().body(), List.of());
        DocxFile f = DocxFile.render(doc, Theme.letter());
        assertEquals("EMBARGOED UNTIL 9:00 A.M. EDT, MARCH 15, 2026", f.paragraphs(DOC).get(0));
    }

    @Test
    void aBriefOpensWithItsCoverBandAndClosesWithItsPanel() {
        DocxFile f = DocxFile.render(Samples.brief(), Theme.letter());
        List<String> s = styles(f);
        assertEquals(List.of("CoverLogo", "CoverProgram", "Title", "Subtitle", "CoverAuthors", "CoverDate",
                "CoverOrganization", "Copyright", "Copyright", "Heading1"), s.subList(0, 10));
        assertEquals(List.of("nextPage", "continuous"), f.strings(DOC, "//w:sectPr/w:type/@w:val"),
                "no cover page: page 1 opens the text, and only the notes end a section");
        assertEquals("BriefkitCoverBand", f.string(DOC, "//w:body/w:tbl[1]/w:tblPr/w:tblStyle/@w:val"));
        assertEquals(List.of("CoverDate", "CoverOrganization"),
                f.strings(DOC, "//w:body/w:tbl[1]//w:tc[2]/w:p/w:pPr/w:pStyle/@w:val"), "beside the authors");
        assertEquals("Executive Summary", f.string(DOC,
                "//w:body/w:p[w:pPr/w:pStyle/@w:val='Heading1'][1]"), "the summary starts on page 1");
        assertEquals(0, f.count(DOC, "//w:p[w:pPr/w:pageBreakBefore]/w:bookmarkStart[starts-with(@w:name,'summary')]"));
        // the back cover is a panel at the end of the text: the band, then the organization beside the contacts
        assertEquals(List.of("BackCoverBand", "BackCoverTitle", "BackCover", "BackCover", "BackCover", "ContactLabel",
                "Contact"), s.subList(s.indexOf("BackCoverBand"), s.size()));
        String panel = "//w:body/w:tbl[last()]";
        assertEquals("BriefkitColumns", f.string(DOC, panel + "/w:tblPr/w:tblStyle/@w:val"));
        assertEquals(List.of("ContactLabel", "Contact"), f.strings(DOC, panel + "//w:tc[2]/w:p/w:pPr/w:pStyle/@w:val"));
        assertEquals(1, f.count(DOC, panel + "/w:tr/w:trPr/w:cantSplit"), "kept on one page");
        assertTrue(s.indexOf("AuthorName") < s.indexOf("ReadMoreTitle"));
        assertTrue(s.indexOf("ReadMoreTitle") < s.indexOf("BackCoverTitle"));
        assertEquals(List.of("Executive Summary", "Notes", "About the Authors"),
                f.strings(DOC, "//w:p[w:pPr/w:pStyle/@w:val='Heading1'][w:bookmarkStart[starts-with(@w:name,'summary')"
                        + " or starts-with(@w:name,'endnotes') or starts-with(@w:name,'about')]]/w:r/w:t"));
    }

    @Test
    void withoutACoverTheTitleBlockTopsPageOne() {
        DocxFile f = DocxFile.render(Samples.brief(), Theme.letter().toBuilder().coverPage(false).build());
        List<String> s = styles(f);
        assertEquals(List.of("CoverLogo", "CoverProgram", "Title", "Subtitle", "CoverAuthors", "CoverDate",
                "CoverOrganization", "Copyright", "Copyright", "Heading1"), s.subList(0, 10));
        assertEquals(0, f.count(DOC, "//w:p[w:pPr/w:pStyle/@w:val='BackCoverTitle']"));
        assertEquals(1, f.count(DOC, "(//w:sectPr)[1]/w:titlePg"), "page 1 has no running heads");
    }

    /** Every string the model holds reaches the file: its text, properties, relationships or attributes. */
    @Test
    void nothingInTheModelIsDropped() {
        for (Document doc : List.of(Samples.pressRelease(), Samples.brief(), Samples.report(1, 2, 2, 3))) {
            DocxFile f = DocxFile.render(doc, Theme.letter());
            StringBuilder all = new StringBuilder();
            for (String part : f.names()) {
                if (part.endsWith(".xml") || part.endsWith(".rels")) {
                    for (String s : f.strings(part, "//text() | //@*")) {
                        all.append(s).append('\u0001');
                    }
                }
            }
            String text = all.toString();
            for (String wanted : modelStrings(doc)) {
                for (String piece : wanted.split("[\t\n]")) {
                    assertTrue(text.contains(piece), "'" + piece + "' of " + doc.metadata().kind() + " is in the file");
                }
            }
        }
    }

    private static List<String> modelStrings(Document doc) {
        Metadata m = doc.metadata();
        List<String> out = new ArrayList<>(List.of(m.title(), m.subtitle(), m.programLabel(), m.copyright(), m.license(),
                m.endMark(), m.language().toLanguageTag()));
        out.addAll(m.keywords());
        for (Author a : m.authors()) {
            out.addAll(List.of(a.name(), a.role(), a.bio()));
        }
        m.organization().ifPresent(o -> out.addAll(List.of(o.name(), o.about(), o.website(), o.address())));
        m.dateline().ifPresent(d -> out.add(d.place()));
        for (Contact c : m.contacts()) {
            out.addAll(List.of(c.name(), c.role(), c.email(), c.phone()));
        }
        for (RelatedItem r : m.related()) {
            out.addAll(List.of(r.title(), r.summary(), r.link()));
        }
        Walk.document(doc, block -> {
            if (block instanceof CodeBlock c) {
                out.add(c.text());
            } else if (block instanceof Figure fig) {
                out.add(fig.altText());
            }
        }, inline -> {
            if (inline instanceof Text t) {
                out.add(t.text());
            } else if (inline instanceof Code c) {
                out.add(c.text());
            } else if (inline instanceof Link l && !l.isInternal()) {
                out.add(l.target());
                out.add(l.title());
            }
        });
        out.removeIf(String::isEmpty);
        return out;
    }
}

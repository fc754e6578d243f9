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

    private static List<String> styles(DocxFile f) {
        return f.strings(DOC, "//w:body/w:p/w:pPr/w:pStyle/@w:val | //w:body/w:p[not(w:pPr/w:pStyle)]/@dummy");
    }

    @Test
    void aPressReleaseRunsInTheOrderOfItsParts() {
        DocxFile f = DocxFile.render(Samples.pressRelease(), Theme.letter());
        List<String> order = new ArrayList<>();
        for (String s : styles(f)) {
            if (order.isEmpty() || !order.get(order.size() - 1).equals(s)) {
                order.add(s);
            }
        }
        assertEquals(List.of("Letterhead", "ReleaseLine", "ContactLabel", "Contact", "Title", "Subtitle", "ListParagraph",
                "ReadMoreTitle", "ReadMoreItem", "ReadMore", "AboutHeading", "About", "EndMark"), order);
        List<String> paragraphs = f.paragraphs(DOC);
        assertEquals("###", paragraphs.get(paragraphs.size() - 1), "the end mark is last");
        assertEquals("Harbor Policy Institute\u2002|\u2002Maritime Security Program", paragraphs.get(0));
        assertEquals("FOR IMMEDIATE RELEASE", paragraphs.get(1));
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
        assertEquals("EMBARGOED UNTIL 9:00 A.M. EDT, MARCH 15, 2026", f.paragraphs(DOC).get(1));
    }

    @Test
    void aBriefOpensWithItsCoverAndClosesWithItsBackCover() {
        DocxFile f = DocxFile.render(Samples.brief(), Theme.letter());
        List<String> s = styles(f);
        assertEquals(List.of("CoverLogo", "CoverProgram", "Title", "Subtitle", "CoverAuthors", "CoverDate",
                "CoverOrganization", "Copyright", "Copyright", "Heading1"), s.subList(0, 10));
        assertEquals("BackCoverTitle", s.get(s.indexOf("BackCoverTitle")));
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

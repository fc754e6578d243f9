package org.briefkit.docx.internal.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.briefkit.docx.DocxFile;
import org.briefkit.docx.Samples;
import org.briefkit.model.Document;
import org.briefkit.model.DocumentKind;
import org.briefkit.model.Metadata;
import org.briefkit.model.Note;
import org.briefkit.model.Paragraph;
import org.briefkit.model.Text;
import org.briefkit.theme.NotePlacement;
import org.briefkit.theme.Theme;
import org.junit.jupiter.api.Test;

class NotesTest {
    private static final String DOC = "word/document.xml";

    @Test
    void aBriefsNotesAreEndnotesPrintedAfterTheNotesHeading() {
        DocxFile f = DocxFile.render(Samples.brief(), Theme.letter());
        String notes = "word/endnotes.xml";
        assertFalse(f.names().contains("word/footnotes.xml"));
        assertEquals(List.of("separator", "continuationSeparator"), f.strings(notes, "//w:endnote[@w:type]/@w:type"));
        assertEquals(List.of("-1", "0"), f.strings(notes, "//w:endnote[@w:type]/@w:id"));
        assertEquals(List.of("1", "2"), f.strings(notes, "//w:endnote[not(@w:type)]/@w:id"));
        assertEquals(List.of(" See the Office of Management and Budget, Climate Risk Exposure (2024), 12\u201318.",
                " On steadiness, compare Public Finance Review 41(2)."), f.paragraphs(notes).subList(2, 4));
        assertEquals(2, f.count(notes, "//w:endnote[not(@w:type)]/w:p[1]/w:r[1][w:rPr/w:rStyle/@w:val='EndnoteReference']"
                + "/w:endnoteRef"));
        assertEquals(List.of("1", "2"), f.strings(DOC, "//w:r[w:rPr/w:rStyle/@w:val='EndnoteReference']/w:endnoteReference/@w:id"));
        String settings = "word/settings.xml";
        assertEquals("sectEnd", f.string(settings, "//w:endnotePr/w:pos/@w:val"));
        assertEquals("decimal", f.string(settings, "//w:endnotePr/w:numFmt/@w:val"));
        assertEquals(List.of("-1", "0"), f.strings(settings, "//w:endnotePr/w:endnote/@w:id"));
        // The section that ends with the Notes heading prints them; every other holds its notes back.
        assertEquals(List.of("Notes"), f.strings(DOC, "//w:p[w:pPr/w:sectPr[not(w:noEndnote)]]//w:t"));
        assertEquals(f.count(DOC, "//w:sectPr") - 1, f.count(DOC, "//w:sectPr[w:noEndnote]"));
    }

    @Test
    void aReportsNotesAreFootnotesWithWordsSeparators() {
        DocxFile f = DocxFile.render(Samples.report(2, 2, 2, 0), Theme.letter());
        String notes = "word/footnotes.xml";
        assertFalse(f.names().contains("word/endnotes.xml"));
        assertEquals(List.of("-1", "0"), f.strings(notes, "//w:footnote[@w:type]/@w:id"));
        assertEquals(1, f.count(notes, "//w:footnote[@w:id='-1']//w:separator"));
        assertEquals(1, f.count(notes, "//w:footnote[@w:id='0']//w:continuationSeparator"));
        List<String> texts = f.paragraphs(notes);
        assertTrue(texts.contains(" Source note 1: national accounts and port statistics, 2025."), texts.toString());
        assertEquals(f.count(notes, "//w:footnote[not(@w:type)]"),
                f.count(DOC, "//w:r[w:rPr/w:rStyle/@w:val='FootnoteReference']/w:footnoteReference"));
        assertEquals(List.of("FootnoteText"), f.strings(notes, "//w:footnote[@w:id='1']/w:p/w:pPr/w:pStyle/@w:val"));
        assertEquals(List.of("-1", "0"), f.strings("word/settings.xml", "//w:footnotePr/w:footnote/@w:id"));
        assertEquals(0, f.count(DOC, "//w:noEndnote"));
    }

    @Test
    void theThemeCanPutNotesEitherWay() {
        DocxFile foot = DocxFile.render(Samples.brief(), Theme.letter().toBuilder().notes(NotePlacement.FOOTNOTES).build());
        assertTrue(foot.names().contains("word/footnotes.xml"));
        assertEquals(0, foot.count(DOC, "//w:p[w:r/w:t='Notes']"), "no Notes heading for footnotes");
        DocxFile end = DocxFile.render(Samples.report(1, 1, 2, 0),
                Theme.letter().toBuilder().notes(NotePlacement.ENDNOTES).build());
        assertTrue(end.names().contains("word/endnotes.xml"));
        assertEquals(1, end.count(DOC, "//w:p[w:r/w:t='Notes']"));
    }

    @Test
    void aLinkInANoteIsRelatedFromTheNotesPart() {
        Note note = new Note(List.of(Paragraph.of(new Text("See "),
                org.briefkit.model.Link.to("https://stats.example.org/t1", "table 1"), new Text("."))));
        Document doc = Document.builder(Metadata.builder("Linked notes").kind(DocumentKind.REPORT).build())
                .paragraph(new Text("Claim"), note).build();
        DocxFile f = DocxFile.render(doc, Theme.letter());
        String id = f.string("word/footnotes.xml", "//w:hyperlink/@r:id");
        assertEquals("https://stats.example.org/t1", f.string("word/_rels/footnotes.xml.rels",
                "//rel:Relationship[@Id='" + id + "']/@Target"));
    }

    @Test
    void aNoteInsideANoteIsSetInBrackets() {
        Note inner = Note.of("inner source");
        Note outer = new Note(List.of(Paragraph.of(new Text("Outer note"), inner, new Text("."))));
        Document doc = Document.builder(Metadata.builder("Nested notes").kind(DocumentKind.REPORT).build())
                .paragraph(new Text("Claim"), outer).build();
        DocxFile f = DocxFile.render(doc, Theme.letter());
        assertEquals(List.of(" Outer note [inner source]."), f.paragraphs("word/footnotes.xml").subList(2, 3));
        assertEquals(1, f.count("word/footnotes.xml", "//w:footnote[not(@w:type)]"));
    }
}

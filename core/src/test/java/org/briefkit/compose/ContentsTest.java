package org.briefkit.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.briefkit.model.Author;
import org.briefkit.model.Document;
import org.briefkit.model.Heading;
import org.briefkit.model.Metadata;
import org.briefkit.model.Note;
import org.briefkit.model.Paragraph;
import org.briefkit.model.Text;
import org.briefkit.theme.HeadingNumbering;
import org.briefkit.theme.NotePlacement;
import org.briefkit.theme.Theme;
import org.junit.jupiter.api.Test;

class ContentsTest {
    @Test
    void listsTheLayoutsOwnHeadingsWithTheDocumentsInPartOrder() {
        Document doc = Document.builder(Metadata.builder("Report")
                        .author(new Author("Ana Ruiz", "Fellow", "Ana studies ports.")).build())
                .summary(Paragraph.of("Short."))
                .heading(1, "notes", "Context")
                .heading(2, "Detail")
                .heading(4, "Too deep for the contents")
                .paragraph(new Text("Claim"), Note.of("Source."))
                .appendix(Heading.of(1, "Data"))
                .build();
        Theme theme = Theme.letter().toBuilder().notes(NotePlacement.ENDNOTES).headingNumbering(HeadingNumbering.ALL)
                .build();
        Headings headings = Headings.of(doc, theme);
        assertEquals(List.of(
                new ContentsEntry(1, "", "Executive Summary", "summary"),
                new ContentsEntry(1, "1", "Context", "notes"),
                new ContentsEntry(2, "1.1", "Detail", "section-2"),
                new ContentsEntry(1, "", "Notes", "endnotes"),
                new ContentsEntry(1, "Appendix A", "Data", "section-4"),
                new ContentsEntry(1, "", "About the Authors", "about-authors")), Contents.of(doc, theme, headings));
        assertEquals("contents", headings.anchorOf(Part.CONTENTS));
    }
}

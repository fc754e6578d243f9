package org.briefkit.compose;

import static org.briefkit.compose.Part.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.briefkit.model.Author;
import org.briefkit.model.Contact;
import org.briefkit.model.Document;
import org.briefkit.model.DocumentKind;
import org.briefkit.model.Metadata;
import org.briefkit.model.Note;
import org.briefkit.model.Organization;
import org.briefkit.model.Paragraph;
import org.briefkit.model.RelatedItem;
import org.briefkit.model.Text;
import org.briefkit.theme.NotePlacement;
import org.briefkit.theme.Theme;
import org.junit.jupiter.api.Test;

class CompositionTest {
    private static final Organization ORG = new Organization("Harbor Institute", "An independent research group.",
            "https://harbor.example.org", "1 Quay Street", Optional.empty());

    @Test
    void aPressReleaseRunsFromLetterheadToEndMark() {
        Metadata meta = Metadata.builder("Harbor Institute releases a report").kind(DocumentKind.PRESS_RELEASE)
                .organization(ORG).programLabel("Coastal Program").dateline("Boston", LocalDate.of(2026, 4, 2))
                .contact(new Contact("Lee Park", "", "press@harbor.example.org", ""))
                .related(new RelatedItem("Tides of Change", "The full report.", "https://harbor.example.org/r"))
                .build();
        Document doc = Document.builder(meta).paragraph("Lead.").build();
        assertEquals(List.of(LETTERHEAD, RELEASE_LINE, CONTACTS, HEADLINE, BODY, READ_MORE, ABOUT, END_MARK),
                Composition.parts(doc, Theme.letter()));
    }

    @Test
    void aReportWithEverythingHasEveryPartInOrder() {
        Metadata meta = Metadata.builder("Tides of Change").organization(ORG).copyright("© 2026 Harbor Institute")
                .author(new Author("Ana Ruiz", "Fellow", "Ana studies ports.")).build();
        Document doc = Document.builder(meta)
                .summary(Paragraph.of("Short."))
                .paragraph(new Text("Claim"), new Note(List.of(Paragraph.of("Source."))))
                .appendix(Paragraph.of("Data."))
                .build();
        Theme endnotes = Theme.letter().toBuilder().notes(NotePlacement.ENDNOTES).build();
        assertEquals(List.of(COVER, COPYRIGHT, CONTENTS, SUMMARY, BODY, ENDNOTES, BACK_MATTER, ABOUT_AUTHORS,
                BACK_COVER), Composition.parts(doc, endnotes));
    }

    @Test
    void aBriefHasNoContentsAndAReportWithFootnotesNoEndnotes() {
        Document brief = Document.builder(Metadata.builder("Brief").kind(DocumentKind.BRIEF).build())
                .paragraph(new Text("x"), Note.of("n")).build();
        assertEquals(List.of(COVER, BODY, ENDNOTES), Composition.parts(brief, Theme.letter()));
        Document report = Document.builder(Metadata.builder("Report").build())
                .paragraph(new Text("x"), Note.of("n")).build();
        assertEquals(List.of(COVER, CONTENTS, BODY), Composition.parts(report, Theme.letter()));
        assertEquals(List.of(TITLE_BLOCK, BODY),
                Composition.parts(report, Theme.letter().toBuilder().coverPage(false).tableOfContents(false).build()));
    }
}

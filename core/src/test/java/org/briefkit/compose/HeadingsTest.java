package org.briefkit.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.briefkit.model.Attr;
import org.briefkit.model.Document;
import org.briefkit.model.DocumentKind;
import org.briefkit.model.Heading;
import org.briefkit.model.Metadata;
import org.briefkit.model.Note;
import org.briefkit.model.Paragraph;
import org.briefkit.model.Text;
import org.briefkit.theme.HeadingNumbering;
import org.briefkit.theme.Theme;
import org.junit.jupiter.api.Test;

class HeadingsTest {
    private static final Theme NUMBERED = Theme.letter().toBuilder().headingNumbering(HeadingNumbering.ALL)
            .numberedLevels(2).tocDepth(2).build();

    @Test
    void numbersBodyHeadingsAndLettersAppendices() {
        Document doc = Document.builder(Metadata.builder("T").build())
                .summary(Heading.of(2, "At a glance"))
                .heading(1, "Context").heading(2, "History").heading(2, "Today").heading(3, "Detail")
                .heading(1, "Options")
                .add(new Heading(1, Attr.classes("unnumbered"), List.of(new Text("Coda"))))
                .appendix(Heading.of(1, "Data"), Heading.of(2, "Sources"))
                .build();
        List<String> labels = Headings.of(doc, NUMBERED).all().stream().map(HeadingInfo::label).toList();
        assertEquals(List.of("At a glance", "1  Context", "1.1  History", "1.2  Today", "Detail", "2  Options", "Coda",
                "Appendix A  Data", "A.1  Sources"), labels);
        assertEquals(8, Headings.of(doc, NUMBERED).toc().size());
    }

    @Test
    void byDefaultOnlyReportsAreNumbered() {
        for (DocumentKind kind : DocumentKind.values()) {
            Document doc = Document.builder(Metadata.builder("T").kind(kind).build())
                    .heading(1, "Context").heading(2, "History")
                    .appendix(Heading.of(1, "Glossary"))
                    .build();
            List<String> numbers = Headings.of(doc, Theme.letter()).all().stream().map(HeadingInfo::number).toList();
            assertEquals(kind == DocumentKind.REPORT ? List.of("1", "1.1", "Appendix A") : List.of("", "", ""),
                    numbers, kind.label());
            Theme none = Theme.letter().toBuilder().headingNumbering(HeadingNumbering.NONE).build();
            assertEquals(List.of("", "", ""),
                    Headings.of(doc, none).all().stream().map(HeadingInfo::number).toList(), kind.label());
        }
    }

    @Test
    void givesEveryHeadingAUniqueAnchorKeepingExplicitIds() {
        Document doc = Document.builder(Metadata.builder("T").build())
                .heading(1, "Same").heading(1, "section-3", "Explicit").heading(1, "Same")
                .build();
        List<String> anchors = Headings.of(doc, Theme.letter()).all().stream().map(HeadingInfo::anchor).toList();
        assertEquals(List.of("section-1", "section-3", "section-3-"), anchors);
    }

    @Test
    void leavesHeadingsInsideNotesOut() {
        Document doc = Document.builder(Metadata.builder("T").build())
                .heading(1, "Real")
                .paragraph(new Text("x"), new Note(List.of(Heading.of(2, "Odd"), Paragraph.of("n"))))
                .build();
        assertEquals(List.of("Real"), Headings.of(doc, Theme.letter()).all().stream().map(HeadingInfo::text).toList());
    }
}

package org.briefkit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.briefkit.InvalidDocumentException;
import org.junit.jupiter.api.Test;

class DocumentBuilderTest {
    private static final Metadata META = Metadata.builder("A title").build();

    @Test
    void buildsBlocksInReadingOrder() {
        Document doc = Document.builder(META)
                .summary(Paragraph.of("In short."))
                .heading(1, "intro", "Introduction")
                .paragraph("First.")
                .bullets("a", "b")
                .numbered("one", "two")
                .quote("Said so.", "Someone")
                .pullQuote("Big words", "")
                .callout("Key takeaways", Paragraph.of("Take this."))
                .code("x = 1")
                .pageBreak()
                .appendix(Heading.of(1, "Appendix"))
                .build();
        assertEquals(1, doc.summary().size());
        assertEquals(9, doc.body().size());
        assertEquals(1, doc.backMatter().size());
        assertTrue(doc.body().get(0) instanceof Heading);
        assertTrue(doc.body().get(8) instanceof PageBreak);
    }

    @Test
    void refusesAMissingTitle() {
        InvalidDocumentException e = assertThrows(InvalidDocumentException.class,
                () -> Metadata.builder(" ").build());
        assertEquals("metadata.title", e.field());
    }

    @Test
    void refusesHeadingLevelsOutsideOneToSix() {
        assertEquals("heading.level", assertThrows(InvalidDocumentException.class, () -> Heading.of(0, "x")).field());
        InvalidDocumentException e = assertThrows(InvalidDocumentException.class, () -> Heading.of(7, "x"));
        assertTrue(e.getMessage().contains("7 is outside 1..6"), e.getMessage());
    }

    @Test
    void refusesATableRowOfTheWrongWidth() {
        InvalidDocumentException e = assertThrows(InvalidDocumentException.class, () -> new Table(Attr.EMPTY,
                List.of(), List.of(TableColumn.of(Alignment.LEFT), TableColumn.of(Alignment.RIGHT)),
                List.of(TableRow.of("Country", "Share")), List.of(TableRow.of("Chile", "4%"), TableRow.of("Peru"))));
        assertEquals("table.body[1]", e.field());
        assertTrue(e.getMessage().contains("has 1 cells but the table has 2 columns"), e.getMessage());
    }

    @Test
    void refusesAFigureWithoutAltText() {
        Image image = Images.png(4, 3);
        InvalidDocumentException e = assertThrows(InvalidDocumentException.class,
                () -> new Figure(Attr.EMPTY, image, "  ", List.of(), List.of()));
        assertEquals("figure.altText", e.field());
    }

    @Test
    void refusesAnEmbargoWithoutATimeZone() {
        InvalidDocumentException e = assertThrows(InvalidDocumentException.class,
                () -> Release.embargoedUntil("2026-03-15T09:00"));
        assertEquals("release.embargoUntil", e.field());
        assertTrue(e.getMessage().contains("has no time zone"), e.getMessage());
    }

    @Test
    void acceptsAnEmbargoWithAZone() {
        Release release = Release.embargoedUntil("2026-03-15T09:00-04:00[America/New_York]");
        assertEquals("America/New_York", release.embargoUntil().orElseThrow().getZone().getId());
        assertEquals(9, release.embargoUntil().orElseThrow().getHour());
    }

    @Test
    void refusesALinkWithAnUnparseableUri() {
        InvalidDocumentException e = assertThrows(InvalidDocumentException.class,
                () -> Link.to("http://exa mple.org/a b", "text"));
        assertEquals("link.target", e.field());
        assertTrue(e.getMessage().contains("not a valid URI"), e.getMessage());
    }

    @Test
    void refusesAnInternalLinkToNoId() {
        InvalidDocumentException e = assertThrows(InvalidDocumentException.class, () -> Document.builder(META)
                .heading(1, "methods", "Methods")
                .paragraph(new Text("See "), Link.to("#results", "results"))
                .build());
        assertTrue(e.getMessage().contains("'#results'") && e.getMessage().contains("points to no id"), e.getMessage());
    }

    @Test
    void acceptsAnInternalLinkToAHeading() {
        Document doc = Document.builder(META)
                .heading(1, "methods", "Methods")
                .paragraph(new Text("See "), Link.to("#methods", "methods"))
                .build();
        Link link = (Link) ((Paragraph) doc.body().get(1)).content().get(1);
        assertTrue(link.isInternal());
        assertEquals("methods", link.targetId());
    }

    @Test
    void refusesAnIdUsedTwice() {
        InvalidDocumentException e = assertThrows(InvalidDocumentException.class, () -> Document.builder(META)
                .heading(1, "same", "One").heading(2, "same", "Two").build());
        assertEquals("id 'same'", e.field());
    }

    @Test
    void refusesControlCharactersAndUnpairedSurrogates() {
        assertTrue(assertThrows(InvalidDocumentException.class, () -> new Text("bell\u0007"))
                .getMessage().contains("U+0007 at offset 4"));
        assertTrue(assertThrows(InvalidDocumentException.class, () -> new Text("half\uD83D"))
                .getMessage().contains("unpaired surrogate U+D83D"));
        assertTrue(assertThrows(InvalidDocumentException.class, () -> new Text("\uDE00"))
                .getMessage().contains("unpaired surrogate"));
    }

    @Test
    void keepsTabsLineFeedsAndAstralCharactersAndFoldsCarriageReturns() {
        assertEquals("a\tb\nc\nd \uD83D\uDE00", new Text("a\tb\r\nc\rd \uD83D\uDE00").text());
    }

    @Test
    void refusesNestingDeeperThanTheLimit() {
        Block deep = Paragraph.of("core");
        for (int i = 0; i < Document.MAX_DEPTH + 5; i++) {
            deep = new BlockQuote(List.of(deep), List.of());
        }
        Block tooDeep = deep;
        InvalidDocumentException e = assertThrows(InvalidDocumentException.class,
                () -> Document.builder(META).add(tooDeep).build());
        assertTrue(e.getMessage().contains("more than " + Document.MAX_DEPTH + " levels"), e.getMessage());
    }

    @Test
    void copiesListsSoLaterChangesDoNotLeakIn() {
        List<Inline> content = new ArrayList<>(List.of(new Text("one")));
        Paragraph p = new Paragraph(content);
        content.add(new Text("two"));
        assertEquals(1, p.content().size());
        assertThrows(UnsupportedOperationException.class, () -> p.content().add(new Text("three")));
    }

    @Test
    void reportsNullElementsByIndex() {
        List<Inline> content = new ArrayList<>();
        content.add(new Text("ok"));
        content.add(null);
        assertEquals("paragraph.content[1]",
                assertThrows(InvalidDocumentException.class, () -> new Paragraph(content)).field());
    }

    @Test
    void keepsAttributeOrderAndRefusesBadIds() {
        Map<String, String> attrs = new java.util.LinkedHashMap<>();
        attrs.put("z", "1");
        attrs.put("a", "2");
        Attr attr = new Attr("fig-1", List.of("wide"), attrs);
        assertEquals(List.of("z", "a"), List.copyOf(attr.attributes().keySet()));
        assertTrue(attr.hasClass("wide"));
        assertEquals("attr.id", assertThrows(InvalidDocumentException.class, () -> Attr.id("has space")).field());
    }

    @Test
    void defaultsAPressReleaseToImmediateReleaseAndAnEndMark() {
        Metadata meta = Metadata.builder("News").kind(DocumentKind.PRESS_RELEASE).build();
        assertEquals("###", meta.endMark());
        assertTrue(meta.release().isPresent());
        assertEquals(false, meta.release().get().isEmbargoed());
        assertEquals("", Metadata.builder("Report").build().endMark());
    }

    @Test
    void refusesMalformedContactsAndLanguages() {
        assertEquals("contact.email", assertThrows(InvalidDocumentException.class,
                () -> new Contact("Ana", "", "not-an-email", "")).field());
        assertEquals("metadata.language", assertThrows(InvalidDocumentException.class,
                () -> Metadata.builder("x").language("en_US!")).field());
        assertEquals("ko-KR", Metadata.builder("x").language("ko-KR").build().language().toLanguageTag());
    }

    @Test
    void plainTextLeavesNotesOut() {
        List<Inline> inlines = List.of(new Text("Rising "), Strong.of("seas"), new Note(List.of(Paragraph.of("Source."))),
                new LineBreak(), Code.of("x"));
        assertEquals("Rising seas x", PlainText.of(inlines));
    }

    @Test
    void walkVisitsEveryNodeInReadingOrder() {
        Document doc = Document.builder(META)
                .paragraph(new Text("a"), new Note(List.of(Paragraph.of("b"))), new Text("c"))
                .add(new BulletList(List.of(ListItem.of("d"))))
                .build();
        StringBuilder order = new StringBuilder();
        Walk.document(doc, block -> order.append('[').append(block.getClass().getSimpleName()).append(']'),
                inline -> {
                    if (inline instanceof Text t) {
                        order.append(t.text());
                    }
                });
        assertEquals("[Paragraph]a[Paragraph]bc[BulletList][Paragraph]d", order.toString());
    }
}

package org.briefkit.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.briefkit.RenderException;
import org.briefkit.model.Alignment;
import org.briefkit.model.Attr;
import org.briefkit.model.Author;
import org.briefkit.model.BlockQuote;
import org.briefkit.model.Callout;
import org.briefkit.model.Code;
import org.briefkit.model.CodeBlock;
import org.briefkit.model.Contact;
import org.briefkit.model.Div;
import org.briefkit.model.Document;
import org.briefkit.model.DocumentKind;
import org.briefkit.model.Emphasis;
import org.briefkit.model.Figure;
import org.briefkit.model.Heading;
import org.briefkit.model.Link;
import org.briefkit.model.ListItem;
import org.briefkit.model.Metadata;
import org.briefkit.model.Note;
import org.briefkit.model.NumberStyle;
import org.briefkit.model.OrderedList;
import org.briefkit.model.Organization;
import org.briefkit.model.PageBreak;
import org.briefkit.model.Paragraph;
import org.briefkit.model.PullQuote;
import org.briefkit.model.RelatedItem;
import org.briefkit.model.Release;
import org.briefkit.model.SmallCaps;
import org.briefkit.model.Span;
import org.briefkit.model.Strikeout;
import org.briefkit.model.Strong;
import org.briefkit.model.Subscript;
import org.briefkit.model.Superscript;
import org.briefkit.model.Table;
import org.briefkit.model.TableCell;
import org.briefkit.model.TableColumn;
import org.briefkit.model.TableRow;
import org.briefkit.model.Text;
import org.briefkit.model.ThematicBreak;
import org.briefkit.theme.NotePlacement;
import org.briefkit.theme.Theme;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The files are valid, by independent checkers: every PDF parses with PDFBox (in every test of
 * this module) and passes {@code qpdf --check} (when qpdf is installed), PDF/A output passes
 * veraPDF's PDF/A-1b profile, and every DOCX part that has a schema validates against the OOXML
 * schema, the others being well-formed XML that POI's package reader accepts. Each kind of
 * document, with every kind of block, in several themes; and a sample of random documents.
 */
class OutputValidityTest {
    private static final int RANDOM = Budget.cases("validityCases", 40);

    @TempDir
    Path dir;

    /** A document of the kind with every kind of block and inline, metadata filled in. */
    static Document rich(DocumentKind kind) {
        Metadata.Builder meta = Metadata.builder("Every kind of block: " + kind.label()).kind(kind)
                .subtitle("A subtitle, with Hangul 서울 and an emoji 😀").shortTitle("Every kind")
                .author(new Author("Jane Doe", "Senior Fellow", "Jane studies everything."))
                .author(Author.of("Kim Min-jun")).programLabel("Energy Program").date(LocalDate.of(2026, 3, 15))
                .organization(new Organization("Example Institute", "We study.", "https://example.org/",
                        "1 Main Street", Optional.of(Pictures.all().get(1))))
                .contact(new Contact("Press Office", "Communications", "press@example.org", "+1 202 555 0100"))
                .keywords("energy", "policy").copyright("© 2026 Example Institute").license("CC BY 4.0")
                .related(new RelatedItem("An earlier report", "On water", "https://example.org/water"));
        if (kind == DocumentKind.PRESS_RELEASE) {
            meta.dateline("Washington", LocalDate.of(2026, 3, 15))
                    .release(Release.embargoedUntil(ZonedDateTime.of(2026, 3, 16, 9, 0, 0, 0, ZoneId.of("America/New_York"))));
        }
        List<TableRow> rows = new ArrayList<>();
        for (int r = 0; r < 60; r++) {
            rows.add(new TableRow(List.of(TableCell.of("row " + r), TableCell.of(new Emphasis(List.of(new Text("x" + r)))),
                    new TableCell(List.of(Paragraph.of("a"), new CodeBlock(Attr.EMPTY, "b"))))));
        }
        return Document.builder(meta.build())
                .summary(Paragraph.of("The summary says what matters."))
                .add(new Heading(1, Attr.id("intro"), List.of(new Text("Introduction"))))
                .paragraph(new Text("Plain, "), new Emphasis(List.of(new Text("emphasis"))), new Text(", "),
                        new Strong(List.of(new Text("strong"))), new Text(", "), new Strikeout(List.of(new Text("struck"))),
                        new Text(", H"), new Subscript(List.of(new Text("2"))), new Text("O, x"),
                        new Superscript(List.of(new Text("2"))), new Text(", "), new SmallCaps(List.of(new Text("Small Caps"))),
                        new Text(", "), new Code(Attr.EMPTY, "code()"), new Text(", "),
                        new Span(Attr.classes("underline"), List.of(new Text("a span"))), new Text(", "),
                        Link.to("https://example.org/", "a link"), new Text(", "), Link.to("#intro", "a cross-reference"),
                        new Text(", a note"), Note.of("The note's text."), new Text(" and a break"),
                        new org.briefkit.model.LineBreak(), new Text("here."))
                .bullets("One", "Two", "Three")
                .add(new OrderedList(3, NumberStyle.LOWER_ROMAN, List.of(ListItem.of("iii"), ListItem.of(
                        Paragraph.of("iv"), new org.briefkit.model.BulletList(List.of(ListItem.of("nested")))))))
                .add(new BlockQuote(List.of(Paragraph.of("A quotation.")), List.of(new Text("Someone"))))
                .add(new PullQuote(List.of(new Text("Words to pull out.")), List.of(new Text("Someone else"))))
                .add(new Callout(Attr.classes("takeaways"), List.of(new Text("Key takeaways")),
                        List.of(Paragraph.of("Inside the box."))))
                .add(new Table(Attr.id("t1"), List.of(new Text("A table of sixty rows")), List.of(
                        TableColumn.of(Alignment.LEFT), new TableColumn(Alignment.RIGHT, 2), TableColumn.of(Alignment.CENTER)),
                        List.of(TableRow.of("Row", "Value", "Cell")), rows))
                .add(new Figure(Attr.id("f1"), Pictures.all().get(6), "A chart with transparency",
                        List.of(new Text("A figure")), List.of(new Text("Source: us"))))
                .add(new Figure(Attr.EMPTY, Pictures.all().get(5), "A photo", List.of(), List.of()))
                .code("int x = 1;\n  // indented")
                .add(new ThematicBreak())
                .add(new Div(Attr.classes("box"), List.of(Paragraph.of("In a div."))))
                .add(new PageBreak())
                .paragraph("After the page break.")
                .appendix(new Heading(1, Attr.classes("appendix"), List.of(new Text("Appendix"))),
                        Paragraph.of(new Text("With a note"), Note.of("In the appendix.")))
                .build();
    }

    /** Themes that change what is drawn: Letter with footnotes, A4 with endnotes, no cover, PDF/A. */
    static List<Theme> themes() {
        return List.of(Theme.letter().toBuilder().notes(NotePlacement.FOOTNOTES).build(),
                Theme.a4().toBuilder().notes(NotePlacement.ENDNOTES).headingNumbering(org.briefkit.theme.HeadingNumbering.ALL).build(),
                Theme.letter().toBuilder().coverPage(false).tableOfContents(false).justify(false).build(),
                Theme.a4().toBuilder().pdfA(true).build());
    }

    @Test
    void everyKindInEveryThemeIsValidByPdfBoxAndQpdfAndTheSchema() throws Exception {
        boolean qpdf = PdfCheck.hasQpdf();
        for (DocumentKind kind : DocumentKind.values()) {
            for (Theme theme : themes()) {
                Rendered both = Rendered.of(rich(kind), theme);
                if (qpdf) {
                    assertEquals(Optional.empty(), PdfCheck.qpdf(both.pdf(), dir), kind + " " + theme.pageSize());
                }
                packageParts(both.docx());
            }
        }
        Assumptions.assumeTrue(qpdf, "qpdf is not installed: PDFBox and the schema checked, qpdf skipped");
    }

    @Test
    void pdfAOutputOfEveryKindPassesVeraPdf() {
        for (DocumentKind kind : DocumentKind.values()) {
            byte[] pdf = Renders.pdf(rich(kind), Theme.a4().toBuilder().pdfA(true).build(), new ArrayList<>());
            assertEquals(List.of(), VeraPdf.pdfA1bFailures(pdf), kind + " as PDF/A-1b");
        }
    }

    @Test
    void randomDocumentsPassQpdfAndVeraPdf() throws Exception {
        long seed = Budget.seed() ^ 0xF11E;
        boolean qpdf = PdfCheck.hasQpdf();
        CaseRunner.run("random documents through qpdf and veraPDF", seed, RANDOM, i -> {
            ModelGen gen = new ModelGen(Budget.caseSeed(seed, i), false, 3);
            Document doc = gen.document();
            Theme theme = gen.theme().toBuilder().pdfA(i % 2 == 0).build();
            byte[] pdf;
            try {
                pdf = Renders.pdf(doc, theme, new ArrayList<>());
            } catch (RenderException e) {
                if (PdfCheck.isTableTooNarrow(e)) {
                    return; // refused as documented: nothing written, nothing to validate
                }
                throw e;
            }
            PdfCheck.read(pdf);
            if (qpdf) {
                assertEquals(Optional.empty(), PdfCheck.qpdf(pdf, dir), "qpdf --check");
            }
            if (theme.pdfA()) {
                assertEquals(List.of(), VeraPdf.pdfA1bFailures(pdf), "PDF/A-1b");
            }
            DocxCheck.Read docx = DocxCheck.read(Renders.docx(doc, theme));
            assertEquals(List.of(), DocxCheck.schemaErrors(docx), "DOCX schema");
        });
    }

    /** The parts without an XMLBeans schema: well-formed XML, and a package POI opens and reads the properties of. */
    private static void packageParts(byte[] docx) throws Exception {
        DocxCheck.Read read = DocxCheck.read(docx);
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        for (String name : List.of("[Content_Types].xml", "docProps/core.xml")) {
            assertTrue(read.parts().containsKey(name), name + " is there");
            f.newDocumentBuilder().parse(new ByteArrayInputStream(read.parts().get(name)));
        }
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(docx))) {
            assertTrue(pkg.getPackageProperties().getTitleProperty().isPresent(), "core properties read back");
        }
    }
}

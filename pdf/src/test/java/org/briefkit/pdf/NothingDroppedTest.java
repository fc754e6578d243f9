package org.briefkit.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.briefkit.model.Attr;
import org.briefkit.model.Block;
import org.briefkit.model.BlockQuote;
import org.briefkit.model.BulletList;
import org.briefkit.model.Callout;
import org.briefkit.model.Document;
import org.briefkit.model.DocumentKind;
import org.briefkit.model.ListItem;
import org.briefkit.model.Metadata;
import org.briefkit.model.Paragraph;
import org.briefkit.model.Text;
import org.briefkit.pdf.internal.layout.Box;
import org.briefkit.pdf.internal.layout.GlyphRun;
import org.briefkit.pdf.internal.layout.LaidOutDocument;
import org.briefkit.pdf.internal.layout.Page;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, point 4: text the DOCX keeps is never lost from the PDF. Each case is read back
 * with PDFBox, and every glyph is checked to lie on its page.
 */
class NothingDroppedTest {

    private static List<String> words(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(false);
            String text = stripper.getText(doc).replace('\u00A0', ' ').replaceAll("-\\s*\\n", "");
            return List.of(text.split("\\s+"));
        }
    }

    private static void assertOnThePage(LaidOutDocument laidOut) {
        for (Page page : laidOut.pages()) {
            List<Box> all = new ArrayList<>(page.boxes());
            all.addAll(page.furniture());
            for (Box box : all) {
                if (box instanceof GlyphRun r) {
                    assertTrue(r.x() >= 0 && r.right() <= page.width() + 0.5f && r.top() >= 0
                            && r.bottom() <= page.height(), "'" + r.text() + "' lies off page " + page.number()
                            + " at " + r.x() + ", " + r.y());
                }
            }
        }
    }

    /** Thirty list-and-quote pairs inside a callout: 61 levels, under {@code Document.MAX_DEPTH}. */
    static Document deeplyNested(int pairs) {
        Block inner = Paragraph.of("innermost words close the nest.");
        for (int level = pairs - 1; level >= 0; level--) {
            Block quote = new BlockQuote(List.of(Paragraph.of("quoted level" + level + " says something here."),
                    inner), List.of());
            inner = new BulletList(List.of(ListItem.of(Paragraph.of("listed level" + level + " holds an item."),
                    quote)));
        }
        return Document.builder(Fixtures.metadata("Deep nesting"))
                .add(new Callout(Attr.classes("callout"), List.of(new Text("Nested")), List.of(inner)))
                .paragraph("After the callout, the closing words.").build();
    }

    @Test
    void nestingToTheDocumentedLimitIsLaidOutWithEveryWord() throws IOException {
        int pairs = 30;
        Document doc = deeplyNested(pairs);
        List<String> words = words(Fixtures.render(doc, Fixtures.theme()));
        for (int level = 0; level < pairs; level++) {
            assertTrue(words.contains("level" + level), "list and quote at level " + level + " in " + words);
            assertEquals(2, words.stream().filter(("level" + level)::equals).count(), "level" + level);
        }
        assertTrue(words.contains("innermost"), "the innermost paragraph");
        assertTrue(words.contains("closing"), "the paragraph after the callout");
        assertOnThePage(Fixtures.layout(doc, Fixtures.theme()));
    }

    private static Document report(int titleWords) {
        StringBuilder title = new StringBuilder();
        for (int i = 0; i < titleWords; i++) {
            title.append(i == 0 ? "" : " ").append("t").append(i);
        }
        Metadata meta = Metadata.builder(title.toString()).kind(DocumentKind.REPORT)
                .date(java.time.LocalDate.of(2026, 3, 15)).build();
        return Document.builder(meta).paragraph("The body follows the cover.").build();
    }

    @Test
    void aTitleTooLongForTheCoverAtItsSizeIsSetSmallerOnTheCover() {
        Page normal = Fixtures.layout(report(5), Fixtures.fullThemeBuilder().build()).pages().get(0);
        Page cover = Fixtures.layout(report(150), Fixtures.fullThemeBuilder().build()).pages().get(0);
        String text = Fixtures.text(cover);
        for (int i = 0; i < 150; i++) {
            assertTrue(text.contains("t" + i + " ") || text.contains("t" + i + "\u00A0"), "t" + i + " on the cover");
        }
        float normalSize = Fixtures.runs(normal).stream().filter(r -> r.text().startsWith("t0")).findFirst()
                .orElseThrow().size();
        float smaller = Fixtures.runs(cover).stream().filter(r -> r.text().startsWith("t0")).findFirst()
                .orElseThrow().size();
        assertTrue(smaller < normalSize && smaller >= 11, smaller + " pt, from " + normalSize);
        assertOnThePage(Fixtures.layout(report(150), Fixtures.fullThemeBuilder().build()));
    }

    @Test
    void aTitleTooLongForTheCoverIsSetSmallerAndContinuesNeverCut() throws IOException {
        Document doc = report(1000);
        var theme = Fixtures.fullThemeBuilder().build();
        List<String> words = words(Fixtures.render(doc, theme));
        for (int i = 0; i < 1000; i++) {
            assertTrue(words.contains("t" + i), "title word t" + i);
        }
        assertOnThePage(Fixtures.layout(doc, theme));
    }
}

package org.briefkit.pdf.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.briefkit.model.Document;
import org.briefkit.model.DocumentBuilder;
import org.briefkit.model.Metadata;
import org.briefkit.model.Organization;
import org.briefkit.pdf.Fixtures;
import org.briefkit.theme.Margins;
import org.briefkit.theme.RunningText;
import org.briefkit.theme.Theme;
import org.junit.jupiter.api.Test;

/** Running headers and footers: page X of Y, a different first page, mirrored slots. */
class RunningHeadsTest {

    private static Document pages(int paragraphs) {
        Random random = new Random(4);
        DocumentBuilder b = Document.builder(Metadata.builder("A long title for the running head")
                .shortTitle("Short title").organization(Organization.of("Example Institute"))
                .date(java.time.LocalDate.of(2026, 3, 15)).build());
        for (int i = 0; i < paragraphs; i++) {
            b.paragraph(Fixtures.words(random, 120));
        }
        return b.build();
    }

    private static String furniture(Page page) {
        StringBuilder out = new StringBuilder();
        for (Box b : page.furniture()) {
            out.append(((GlyphRun) b).text()).append('|');
        }
        return out.toString();
    }

    @Test
    void numbersPagesXOfYAndLeavesTheFirstPageBare() {
        LaidOutDocument laid = Fixtures.layout(pages(30), Fixtures.theme());
        int total = laid.pages().size();
        assertTrue(total >= 3);
        assertTrue(laid.pages().get(0).furniture().isEmpty(), "the first page is different");
        for (Page page : laid.pages().subList(1, total)) {
            String f = furniture(page);
            assertTrue(f.contains("Page " + page.number() + " of " + total), f);
            assertTrue(f.contains("Short title"), f);
            assertTrue(f.contains("Example Institute"), f);
        }
    }

    @Test
    void putsRunningHeadsOnTheFirstPageWhenAsked() {
        Theme theme = Fixtures.themeBuilder().runningHeadsOnFirstPage(true).build();
        Page first = Fixtures.layout(pages(3), theme).pages().get(0);
        assertTrue(furniture(first).contains("Page 1 of 1"), furniture(first));
    }

    @Test
    void swapsLeftAndRightSlotsOnLeftHandPagesWithMirroredMargins() {
        Theme theme = Fixtures.themeBuilder().margins(new Margins(72, 72, 90, 54, 0, true))
                .footer(new RunningText("{organization}", "", "{page}")).build();
        List<Page> pages = Fixtures.layout(pages(20), theme).pages();
        for (Page page : pages.subList(1, pages.size())) {
            GlyphRun number = page.furniture().stream().map(b -> (GlyphRun) b)
                    .filter(r -> r.text().equals(Integer.toString(page.number()))).findFirst().orElseThrow();
            boolean outerIsRight = page.number() % 2 == 1;
            if (outerIsRight) {
                assertEquals(page.frame().right(), number.right(), 0.5f, "page " + page.number());
            } else {
                assertEquals(page.frame().x(), number.x(), 0.5f, "page " + page.number());
            }
        }
    }

    @Test
    void shortensASlotTooWideForItsShare() {
        Theme theme = Fixtures.themeBuilder().header(new RunningText("{title}", "", "")).runningHeadsOnFirstPage(true)
                .build();
        Document doc = Document.builder(Metadata.builder(Fixtures.words(new Random(1), 60)).build()).paragraph("x")
                .build();
        Page page = Fixtures.layout(doc, theme).pages().get(0);
        GlyphRun head = (GlyphRun) page.furniture().get(0);
        assertTrue(head.text().endsWith("\u2026"), head.text());
        assertTrue(head.right() <= page.frame().x() + page.frame().width() / 2 + 1);
    }
}

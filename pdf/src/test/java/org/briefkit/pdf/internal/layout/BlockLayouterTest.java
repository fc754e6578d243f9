package org.briefkit.pdf.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.briefkit.model.Attr;
import org.briefkit.model.Block;
import org.briefkit.model.BlockQuote;
import org.briefkit.model.BulletList;
import org.briefkit.model.Callout;
import org.briefkit.model.CodeBlock;
import org.briefkit.model.Div;
import org.briefkit.model.Document;
import org.briefkit.model.DocumentBuilder;
import org.briefkit.model.Figure;
import org.briefkit.model.ListItem;
import org.briefkit.model.NumberStyle;
import org.briefkit.model.OrderedList;
import org.briefkit.model.Paragraph;
import org.briefkit.model.PullQuote;
import org.briefkit.model.Text;
import org.briefkit.model.ThematicBreak;
import org.briefkit.pdf.Fixtures;
import org.junit.jupiter.api.Test;

/** Each kind of block becomes boxes that look as it should. */
class BlockLayouterTest {

    private static LaidOutDocument layout(Block... blocks) {
        return Fixtures.layout(Document.builder(Fixtures.metadata("Blocks")).add(blocks).build(), Fixtures.theme());
    }

    private static GlyphRun run(Page page, String text) {
        return Fixtures.runs(page).stream().filter(r -> r.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no run '" + text + "'"));
    }

    @Test
    void hangsListLabelsBeforeTheirItemsNumberedInTheListsStyle() {
        OrderedList inner = new OrderedList(4, NumberStyle.LOWER_ROMAN, List.of(ListItem.of("deep")));
        Page page = layout(new BulletList(List.of(ListItem.of("first"), ListItem.of(Paragraph.of("second"), inner))),
                new OrderedList(9, NumberStyle.UPPER_ALPHA, List.of(ListItem.of("alpha"), ListItem.of("beta"))))
                .pages().get(0);
        GlyphRun bullet = Fixtures.runs(page).stream().filter(r -> r.text().equals("\u2022")).findFirst().orElseThrow();
        GlyphRun first = run(page, "first");
        assertTrue(bullet.right() < first.x(), "the bullet hangs left of the text");
        assertEquals(first.y(), bullet.y(), 0.01, "on the item's first baseline");
        GlyphRun iv = run(page, "iv.");
        assertTrue(run(page, "deep").x() > first.x(), "a nested list is indented further");
        assertTrue(iv.x() > bullet.x());
        assertTrue(run(page, "I.").right() < run(page, "alpha").x());
        assertTrue(run(page, "J.").y() > run(page, "I.").y());
    }

    @Test
    void drawsACalloutsFillOnEveryPageItReaches() {
        Random random = new Random(2);
        List<Block> content = new ArrayList<>();
        for (int i = 0; i < 14; i++) {
            content.add(Paragraph.of(Fixtures.words(random, 60)));
        }
        LaidOutDocument laid = layout(Paragraph.of(Fixtures.words(random, 100)),
                new Callout(Attr.EMPTY, List.of(new Text("Key takeaways")), content));
        assertTrue(laid.pages().size() >= 2);
        for (Page page : laid.pages()) {
            List<Fill> fills = page.boxes().stream().filter(b -> b instanceof Fill).map(b -> (Fill) b).toList();
            assertEquals(1, fills.size(), "one fill behind the callout's part on page " + page.number());
            Fill fill = fills.get(0);
            for (GlyphRun r : Fixtures.runs(page)) {
                if (content.contains(r.source())) {
                    assertTrue(r.top() >= fill.y() - 0.5f && r.bottom() <= fill.y() + fill.height() + 0.5f,
                            "callout text inside its fill on page " + page.number());
                    assertTrue(r.x() > fill.x() && r.right() < fill.x() + fill.width(), "text inset in the box");
                }
            }
        }
    }

    @Test
    void scalesAFigureToTheTextBlockAndKeepsItsCaptionWithIt() {
        Figure figure = new Figure(Attr.id("chart"), Fixtures.png(3000, 1000), "A chart",
                List.of(new Text("Figure 1. Wide")), List.of(new Text("Source: test.")));
        Page page = layout(figure).pages().get(0);
        ImageBox image = page.boxes().stream().filter(b -> b instanceof ImageBox).map(b -> (ImageBox) b)
                .findFirst().orElseThrow();
        assertEquals(page.frame().width(), image.width(), 0.5f, "scaled down to the text width");
        assertEquals(image.width() / 3, image.height(), 0.5f, "in proportion");
        GlyphRun caption = run(page, "Figure 1. Wide");
        assertTrue(caption.top() > image.y() + image.height(), "the caption is under the picture");
        assertTrue(page.boxes().stream().anyMatch(b -> b instanceof Destination d && d.name().equals("chart")));
        Figure tall = new Figure(Attr.EMPTY, Fixtures.png(400, 4000), "Tall", List.of(), List.of());
        ImageBox scaled = layout(tall).pages().get(0).boxes().stream().filter(b -> b instanceof ImageBox)
                .map(b -> (ImageBox) b).findFirst().orElseThrow();
        assertTrue(scaled.height() <= page.frame().height(), "a tall picture fits the page");
    }

    @Test
    void keepsCodeLinesAndTheirIndentation() {
        Page page = layout(new CodeBlock(Attr.EMPTY, "if (x) {\n    run();\n}")).pages().get(0);
        GlyphRun open = run(page, "if (x) {");
        GlyphRun body = Fixtures.runs(page).stream().filter(r -> r.text().endsWith("run();")).findFirst().orElseThrow();
        assertEquals("    run();", body.text());
        assertEquals(open.x(), body.x(), 0.01, "indentation is drawn as spaces from the same left edge");
        assertTrue(page.boxes().stream().anyMatch(b -> b instanceof Fill), "code sits on a light fill");
    }

    @Test
    void setsQuotesPullQuotesRulesAndDivs() {
        Page page = layout(new BlockQuote(List.of(Paragraph.of("Quoted words.")), List.of(new Text("Jane Doe"))),
                new PullQuote(List.of(new Text("Pulled words.")), List.of(new Text("John Roe"))),
                new ThematicBreak(),
                new Div(Attr.classes("center"), List.of(Paragraph.of("Centred."))),
                Paragraph.of("After.")).pages().get(0);
        GlyphRun quoted = run(page, "Quoted words.");
        GlyphRun after = run(page, "After.");
        assertTrue(quoted.x() > after.x() + 10, "a block quote is indented");
        assertTrue(page.boxes().stream().anyMatch(b -> b instanceof Rule r && r.x1() == r.x2() && r.y1() < quoted.y()
                && r.y2() > quoted.y()), "a bar runs beside the quote");
        assertTrue(Fixtures.runs(page).stream().anyMatch(r -> r.text().contains("Jane Doe")));
        GlyphRun centred = run(page, "Centred.");
        float middle = page.frame().x() + page.frame().width() / 2;
        assertEquals(middle, centred.x() + centred.width() / 2, 0.5f);
        long rules = page.boxes().stream().filter(b -> b instanceof Rule r && r.y1() == r.y2()).count();
        assertTrue(rules >= 3, "two rules around the pull quote and the thematic break");
    }
}

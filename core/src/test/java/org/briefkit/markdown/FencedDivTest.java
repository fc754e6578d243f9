package org.briefkit.markdown;

import static org.briefkit.markdown.Read.assertError;
import static org.briefkit.markdown.Read.body;
import static org.briefkit.markdown.Read.doc;
import static org.briefkit.markdown.Read.error;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.briefkit.model.Attr;
import org.briefkit.model.BlockQuote;
import org.briefkit.model.BulletList;
import org.briefkit.model.Callout;
import org.briefkit.model.CodeBlock;
import org.briefkit.model.Div;
import org.briefkit.model.Document;
import org.briefkit.model.Emphasis;
import org.briefkit.model.LineBreak;
import org.briefkit.model.ListItem;
import org.briefkit.model.PageBreak;
import org.briefkit.model.Paragraph;
import org.briefkit.model.PullQuote;
import org.briefkit.model.Text;
import org.junit.jupiter.api.Test;

/** Pandoc fenced divs and the classes that give them a meaning. */
class FencedDivTest {
    @Test
    void calloutTakesItsTitleFromTheAttributeAndKeepsItsKind() {
        List<?> blocks = body("::: {#box .callout .takeaways title=\"Key *takeaways*\"}\n- One\n- Two\n:::\n");
        Callout expected = new Callout(new Attr("box", List.of("takeaways"), Map.of()),
                List.of(new Text("Key "), Emphasis.of("takeaways")),
                List.of(new BulletList(List.of(ListItem.of("One"), ListItem.of("Two")))));
        assertEquals(List.of(expected), blocks);
    }

    @Test
    void bareClassNameOpensADivToo() {
        assertEquals(List.of(new Callout(Attr.EMPTY, List.of(), List.of(Paragraph.of("Note this.")))),
                body("::: callout\nNote this.\n:::\n"));
    }

    @Test
    void pullQuoteTakesItsAttributionFromTheAttribute() {
        assertEquals(List.of(new PullQuote(List.of(new Text("Cities must act.")), List.of(new Text("A. Mayor")))),
                body("::: {.pull-quote attribution=\"A. Mayor\"}\nCities must act.\n:::\n"));
    }

    @Test
    void pullQuoteTakesItsAttributionFromALastDashParagraph() {
        assertEquals(List.of(new PullQuote(List.of(new Text("One."), new LineBreak(), new Text("Two.")),
                List.of(new Text("B. Writer")))), body("::: pull-quote\nOne.\n\nTwo.\n\n— B. Writer\n:::\n"));
    }

    @Test
    void pageBreakDivIsAPageBreak() {
        assertEquals(List.of(Paragraph.of("a"), new PageBreak(), Paragraph.of("b")),
                body("a\n\n::: page-break\n:::\n\nb\n"));
    }

    @Test
    void summaryDivBecomesTheDocumentsSummary() {
        Document doc = doc(Read.TITLE + "::: summary\nIn short.\n:::\n\nBody.\n");
        assertEquals(List.of(Paragraph.of("In short.")), doc.summary());
        assertEquals(List.of(Paragraph.of("Body.")), doc.body());
    }

    @Test
    void endMarkDivSetsTheEndMark() {
        assertEquals("-30-", doc(Read.TITLE + "Text.\n\n::: end-mark\n-30-\n:::\n").metadata().endMark());
        Document empty = doc(Read.TITLE + "Text.\n\n::: end-mark\n:::\n");
        assertEquals("###", empty.metadata().endMark());
        assertEquals(List.of(Paragraph.of("Text.")), empty.body());
    }

    @Test
    void otherClassesMakeADivWithTheirAttributes() {
        assertEquals(List.of(new Div(new Attr("s1", List.of("sidebar"), Map.of("data-x", "1")),
                List.of(Paragraph.of("Aside.")))), body("::: {#s1 .sidebar data-x=1}\nAside.\n:::\n"));
    }

    @Test
    void divsNestAndABareFenceClosesTheInnermost() {
        String markdown = ":::::: {.outer}\nA\n\n::: {.inner}\nB\n:::\n\nC\n::::::\n\nD\n";
        Div inner = new Div(Attr.classes("inner"), List.of(Paragraph.of("B")));
        Div outer = new Div(Attr.classes("outer"), List.of(Paragraph.of("A"), inner, Paragraph.of("C")));
        assertEquals(List.of(outer, Paragraph.of("D")), body(markdown));
    }

    @Test
    void closingFenceNeedsNoBlankLineBeforeIt() {
        assertEquals(List.of(new Div(Attr.classes("x"), List.of(Paragraph.of("one two")))),
                body("::: x\none\ntwo\n:::\n"));
    }

    @Test
    void fenceInsideACodeBlockDoesNotCloseTheDiv() {
        Div div = new Div(Attr.classes("x"), List.of(new CodeBlock(Attr.EMPTY, ":::\nstill code"), Paragraph.of("after")));
        assertEquals(List.of(div), body("::: x\n```\n:::\nstill code\n```\n\nafter\n:::\n"));
    }

    @Test
    void divMayOpenInsideAListItem() {
        Div div = new Div(Attr.classes("note"), List.of(Paragraph.of("inside")));
        assertEquals(List.of(new BulletList(List.of(new ListItem(List.of(Paragraph.of("item"), div)))),
                Paragraph.of("after")), body("- item\n\n  ::: note\n  inside\n  :::\n\nafter\n"));
    }

    @Test
    void divMayOpenInsideABlockQuote() {
        Div div = new Div(Attr.classes("note"), List.of(Paragraph.of("inside")));
        assertEquals(List.of(new BlockQuote(List.of(div, Paragraph.of("after")), List.of())),
                body("> ::: note\n> inside\n> :::\n>\n> after\n"));
    }

    @Test
    void unclosedDivRunsToTheEnd() {
        assertEquals(List.of(new Div(Attr.classes("x"), List.of(Paragraph.of("a"), Paragraph.of("b")))),
                body("::: x\na\n\nb\n"));
    }

    @Test
    void strayClosingFenceStaysText() {
        assertEquals(List.of(Paragraph.of("a"), Paragraph.of(":::")), body("a\n\n:::\n"));
    }

    @Test
    void fenceWithBrokenAttributesIsAnErrorAtTheFence() {
        assertError(error(Read.TITLE + "Text.\n\n  ::: {.callout title=\"open}\n"), 6, 3, "no closing \"");
    }

    @Test
    void endMarkDivBeforeOtherBlocksIsAnError() {
        assertError(error(Read.TITLE + "::: end-mark\n:::\n\nMore.\n"), 4, 1, "must be the last block");
    }

    @Test
    void pageBreakDivWithContentIsAnError() {
        assertError(error(Read.TITLE + "::: page-break\nText\n:::\n"), 4, 1, "must be empty");
    }

    @Test
    void pullQuoteHoldingAListIsAnError() {
        assertError(error(Read.TITLE + "::: pull-quote\n- a\n:::\n"), 4, 1, "only paragraphs");
    }

    @Test
    void internalLinkMayPointToADiv() {
        List<?> blocks = body("::: {#box .sidebar}\nX\n:::\n\nSee [the box](#box).\n");
        assertEquals(2, blocks.size());
    }
}

package org.briefkit.markdown;

import static org.briefkit.markdown.Read.body;
import static org.briefkit.markdown.Read.doc;
import static org.briefkit.markdown.Read.inlines;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.briefkit.model.Alignment;
import org.briefkit.model.Attr;
import org.briefkit.model.Block;
import org.briefkit.model.BlockQuote;
import org.briefkit.model.BulletList;
import org.briefkit.model.Code;
import org.briefkit.model.CodeBlock;
import org.briefkit.model.Document;
import org.briefkit.model.Emphasis;
import org.briefkit.model.Heading;
import org.briefkit.model.Inline;
import org.briefkit.model.LineBreak;
import org.briefkit.model.Link;
import org.briefkit.model.ListItem;
import org.briefkit.model.Note;
import org.briefkit.model.NumberStyle;
import org.briefkit.model.OrderedList;
import org.briefkit.model.PageBreak;
import org.briefkit.model.Paragraph;
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
import org.junit.jupiter.api.Test;

/** Each construct of Briefkit's Markdown dialect, one at a time. */
class DialectTest {
    private static final Attr NONE = Attr.EMPTY;

    @Test
    void pipeTableTakesAlignmentFromTheSeparatorRow() {
        Table table = (Table) body("| a | b | c | d |\n|:--|:-:|--:|---|\n| 1 | 2 | 3 | 4 |\n").get(0);
        assertEquals(List.of(TableColumn.of(Alignment.LEFT), TableColumn.of(Alignment.CENTER),
                TableColumn.of(Alignment.RIGHT), TableColumn.of(Alignment.LEFT)), table.columns());
        assertEquals(List.of(TableRow.of("a", "b", "c", "d")), table.head());
        assertEquals(List.of(TableRow.of("1", "2", "3", "4")), table.body());
        assertEquals(List.of(), table.caption());
    }

    @Test
    void tableCaptionParagraphAfterTheTableGivesCaptionAndAttributes() {
        List<Block> blocks = body("| a |\n|---|\n| 1 |\n\nTable: Water use by *sector* {#tbl:water .wide}\n");
        assertEquals(1, blocks.size());
        Table table = (Table) blocks.get(0);
        assertEquals(List.of(new Text("Water use by "), Emphasis.of("sector")), table.caption());
        assertEquals(new Attr("tbl:water", List.of("wide"), Map.of()), table.attr());
    }

    @Test
    void tableCaptionMayFollowWithoutABlankLineOrBeforeTheTable() {
        Table after = (Table) body("| a |\n|---|\n| 1 |\nTable: Right after\n").get(0);
        assertEquals(List.of(new Text("Right after")), after.caption());
        List<Block> blocks = body("Table: Before it\n\n| a |\n|---|\n| 1 |\n");
        assertEquals(1, blocks.size());
        assertEquals(List.of(new Text("Before it")), ((Table) blocks.get(0)).caption());
    }

    @Test
    void tableCaptionMayStartWithAColon() {
        Table table = (Table) body("| a |\n|---|\n| 1 |\n\n: Short form\n").get(0);
        assertEquals(List.of(new Text("Short form")), table.caption());
    }

    @Test
    void tableRowsAreMadeAsWideAsTheHeader() {
        Table table = (Table) body("| a | b |\n|---|---|\n| 1 |\n| 1 | 2 | 3 |\n").get(0);
        assertEquals(new TableRow(List.of(TableCell.of("1"), TableCell.of(""))), table.body().get(0));
        assertEquals(TableRow.of("1", "2"), table.body().get(1));
    }

    @Test
    void footnoteBecomesANoteHoldingItsBlocks() {
        List<Block> blocks = body("Water is scarce.[^1]\n\n[^1]: First paragraph.\n\n    Second paragraph.\n");
        assertEquals(List.of(Paragraph.of(new Text("Water is scarce."),
                new Note(List.of(Paragraph.of("First paragraph."), Paragraph.of("Second paragraph."))))), blocks);
    }

    @Test
    void footnoteReferencedTwiceGivesTwoNotes() {
        List<Inline> inlines = inlines("A[^n] and B[^n]\n\n[^n]: Same.\n");
        assertEquals(List.of(new Text("A"), Note.of("Same."), new Text(" and B"), Note.of("Same.")), inlines);
    }

    @Test
    void doubleTildeStrikesOut() {
        assertEquals(List.of(new Text("a "), Strikeout.of("b"), new Text(" c")), inlines("a ~~b~~ c"));
    }

    @Test
    void caretRaisesAndSingleTildeLowers() {
        assertEquals(List.of(new Text("x"), Superscript.of("2"), new Text(" H"), Subscript.of("2"), new Text("O")),
                inlines("x^2^ H~2~O"));
    }

    @Test
    void straightQuotesDashesAndDotsBecomeTypographic() {
        assertEquals(List.of(new Text("“Yes,” she said – it’s 1990—2000… ‘ok’")),
                inlines("\"Yes,\" she said -- it's 1990---2000... 'ok'"));
    }

    @Test
    void entitiesBecomeCharacters() {
        assertEquals(List.of(new Text("© AT&T — é")), inlines("&copy; AT&amp;T &mdash; &#233;"));
    }

    @Test
    void headingAttributesAreNotPartOfTheHeadingText() {
        Heading heading = (Heading) body("## Results by region {#results .numbered lang=en}\n").get(0);
        assertEquals(2, heading.level());
        assertEquals(List.of(new Text("Results by region")), heading.content());
        assertEquals(new Attr("results", List.of("numbered"), Map.of("lang", "en")), heading.attr());
    }

    @Test
    void dashInBracesMarksAHeadingUnnumbered() {
        assertEquals(new Attr("intro", List.of("unnumbered"), Map.of()), ((Heading) body("## Intro {-}\n").get(0)).attr());
    }

    @Test
    void setextHeadingTakesAttributesToo() {
        assertEquals(List.of(new Heading(2, Attr.id("s"), List.of(new Text("Setext")))), body("Setext {#s}\n-----\n"));
    }

    @Test
    void headingWithoutIdGetsPandocSlug() {
        Heading heading = (Heading) body("## Dogs?--in *my* house, 2024!\n").get(0);
        assertEquals("dogs--in-my-house-2024", heading.attr().id());
        Heading numbered = (Heading) body("# 3. Applications\n").get(0);
        assertEquals("applications", numbered.attr().id());
        Heading digits = (Heading) body("# 2024\n").get(0);
        assertEquals("section", digits.attr().id());
    }

    @Test
    void madeHeadingIdsAreUniqueAndAvoidWrittenIds() {
        List<Block> blocks = body("# Scope\n\n# Scope\n\n# Other {#scope-2}\n\n# Scope\n");
        assertEquals(List.of("scope", "scope-1", "scope-2", "scope-3"),
                blocks.stream().map(b -> ((Heading) b).attr().id()).toList());
    }

    @Test
    void bracketedTextWithAttributesIsASpan() {
        assertEquals(List.of(new Span(new Attr("k", List.of("key-term"), Map.of()), List.of(Emphasis.of("water"),
                new Text(" stress"))), new Text(" rises")), inlines("[*water* stress]{#k .key-term} rises"));
    }

    @Test
    void smallcapsClassMakesSmallCaps() {
        assertEquals(List.of(SmallCaps.of("nato"), new Text(" and "),
                new Span(Attr.classes("abbr"), List.of(SmallCaps.of("un")))),
                inlines("[nato]{.smallcaps} and [un]{.smallcaps .abbr}"));
    }

    @Test
    void backslashOrTwoSpacesAtLineEndBreakTheLine() {
        assertEquals(List.of(new Text("one"), new LineBreak(), new Text("two"), new LineBreak(), new Text("three")),
                inlines("one\\\ntwo  \nthree"));
    }

    @Test
    void softLineBreakIsASpace() {
        assertEquals(List.of(new Text("one two")), inlines("one\ntwo"));
    }

    @Test
    void inlineCodeKeepsItsTextAndTakesAttributes() {
        assertEquals(List.of(new Text("Run "), Code.of("a  *b*"), new Text(" or "),
                new Code(Attr.classes("python"), "print(1)")), inlines("Run `` a  *b* `` or `print(1)`{.python}"));
    }

    @Test
    void linksAreInternalExternalAndAutomatic() {
        List<Inline> inlines = ((Paragraph) body("[up](#t \"Top\") [site](https://example.org/a|b) <https://x.org>"
                + " <me@x.org>\n\n[T]{#t}").get(0)).content();
        assertEquals(new Link(NONE, List.of(new Text("up")), "#t", "Top"), inlines.get(0));
        assertEquals(new Link(NONE, List.of(new Text("site")), "https://example.org/a%7Cb", ""), inlines.get(2));
        assertEquals(Link.to("https://x.org", "https://x.org"), inlines.get(4));
        assertEquals(Link.to("mailto:me@x.org", "me@x.org"), inlines.get(6));
    }

    @Test
    void referenceLinksUseTheirDefinition() {
        assertEquals(List.of(new Text("See "), new Link(NONE, List.of(new Text("the report")), "https://x.org/r", "R")),
                inlines("See [the report][r]\n\n[r]: https://x.org/r \"R\""));
    }

    @Test
    void imageInsideTextBecomesItsAltTextInAnImageSpan() {
        assertEquals(List.of(new Text("A "), new Span(Attr.classes("image"), List.of(new Text("small icon"))),
                new Text(" here")), inlines("A ![small icon](missing.png) here"));
    }

    @Test
    void fencedCodeKeepsItsTextAndLanguage() {
        assertEquals(List.of(new CodeBlock(Attr.classes("python"), "print(1)\n  x = 2")),
                body("```python\nprint(1)\n  x = 2\n```\n"));
        assertEquals(List.of(new CodeBlock(new Attr("ex", List.of("r"), Map.of()), "x <- 1")),
                body("~~~ {#ex .r}\nx <- 1\n~~~\n"));
    }

    @Test
    void indentedCodeIsACodeBlock() {
        assertEquals(List.of(new CodeBlock(NONE, "line 1\n  line 2")), body("    line 1\n      line 2\n"));
    }

    @Test
    void lastParagraphOfAQuoteStartingWithADashIsItsAttribution() {
        for (String dash : List.of("—", "--", "---", "―")) {
            BlockQuote quote = (BlockQuote) body("> Words.\n>\n> " + dash + " Jane *Doe*\n").get(0);
            assertEquals(List.of(Paragraph.of("Words.")), quote.content(), dash);
            assertEquals(List.of(new Text("Jane "), Emphasis.of("Doe")), quote.attribution(), dash);
        }
    }

    @Test
    void quoteOfOnlyADashParagraphHasNoAttribution() {
        BlockQuote quote = (BlockQuote) body("> -- not an attribution\n").get(0);
        assertEquals(List.of(), quote.attribution());
        assertEquals(1, quote.content().size());
    }

    @Test
    void orderedListKeepsItsStartNumberAndListsNest() {
        BulletList inner = new BulletList(List.of(ListItem.of("inner")));
        OrderedList list = new OrderedList(3, NumberStyle.DECIMAL,
                List.of(ListItem.of("three"), new ListItem(List.of(Paragraph.of("four"), inner))));
        assertEquals(List.of(list), body("3. three\n4. four\n   - inner\n"));
    }

    @Test
    void threeDashesAloneAreAThematicBreak() {
        assertEquals(List.of(Paragraph.of("a"), new ThematicBreak(), Paragraph.of("b")), body("a\n\n---\n\nb\n"));
    }

    @Test
    void newpageAndPagebreakCommandsArePageBreaks() {
        assertEquals(List.of(Paragraph.of("a"), new PageBreak(), Paragraph.of("b"), new PageBreak()),
                body("a\n\n\\newpage\n\nb\n\n\\pagebreak\n"));
    }

    @Test
    void trailingThirtyMarkIsTheEndMark() {
        Document doc = doc("---\ntitle: T\n---\nText.\n\n-30-\n");
        assertEquals("-30-", doc.metadata().endMark());
        assertEquals(List.of(Paragraph.of("Text.")), doc.body());
    }

    @Test
    void trailingEmptyAtxHeadingIsTheEndMark() {
        Document doc = doc("---\ntitle: T\n---\nText.\n\n###\n");
        assertEquals("###", doc.metadata().endMark());
        assertEquals(List.of(Paragraph.of("Text.")), doc.body());
    }

    @Test
    void endMarkInTheFrontMatterWinsOverTheBodys() {
        Document doc = doc("---\ntitle: T\nend_mark: \"- end -\"\n---\nText.\n\n-30-\n");
        assertEquals("- end -", doc.metadata().endMark());
        assertEquals(List.of(Paragraph.of("Text.")), doc.body());
    }

    @Test
    void appendixHeadingAndWhatFollowsAreBackMatter() {
        Document doc = doc(Read.TITLE + "Body.\n\n# Appendix A: Data {.appendix}\n\nTables.\n\n# Appendix B\n");
        assertEquals(List.of(Paragraph.of("Body.")), doc.body());
        assertEquals(3, doc.backMatter().size());
        assertEquals(new Attr("appendix-a-data", List.of("appendix"), Map.of()),
                ((Heading) doc.backMatter().get(0)).attr());
    }

    @Test
    void firstLevelOneHeadingIsTheTitleWhenTheFrontMatterHasNone() {
        Document doc = doc("# Water in *2040*\n\nText.\n");
        assertEquals("Water in 2040", doc.metadata().title());
        assertEquals(List.of(Paragraph.of("Text.")), doc.body());
        Document titled = doc(Read.TITLE + "# Chapter\n");
        assertEquals(List.of(new Heading(1, Attr.id("chapter"), List.of(new Text("Chapter")))), titled.body());
    }

    @Test
    void emphasisAndStrongNest() {
        assertEquals(List.of(Strong.of(new Text("bold "), Emphasis.of("both"))), inlines("**bold *both***"));
    }

    @Test
    void escapedSpaceIsANoBreakSpace() {
        assertEquals(List.of(new Text("10\u00A0km")), inlines("10\\ km"));
    }

    @Test
    void linkWithAnEmptyTargetKeepsItsTextUnlinked() {
        assertEquals(List.of(new Text("Empty.")), inlines("[Empty]()."));
    }

    @Test
    void linksThatRunCodeOrOpenLocalFilesKeepOnlyTheirText() {
        assertEquals(List.of(new Text("click, open, javascript:alert(1)")),
                inlines("[click](javascript:alert(1)), [open](file:///etc/passwd), <javascript:alert(1)>"));
    }

    @Test
    void bracketsWithoutADefinitionOrAttributesStayText() {
        assertEquals(List.of(new Text("See [note 3] and [a][b].")), inlines("See [note 3] and [a][b]."));
    }

    @Test
    void bracesThatAreNotAttributesStayText() {
        assertEquals(List.of(new Text("Set {x} to {a, b} and "), Code.of("f"), new Text(" {y}")),
                inlines("Set {x} to {a, b} and `f` {y}"));
    }
}

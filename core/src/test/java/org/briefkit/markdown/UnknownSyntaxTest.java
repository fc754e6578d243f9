package org.briefkit.markdown;

import static org.briefkit.markdown.Read.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.briefkit.model.Attr;
import org.briefkit.model.Block;
import org.briefkit.model.CodeBlock;
import org.briefkit.model.Div;
import org.briefkit.model.Emphasis;
import org.briefkit.model.Paragraph;
import org.briefkit.model.Strong;
import org.briefkit.model.Text;
import org.junit.jupiter.api.Test;

/** Syntax the model has no place for still reads as text, and never fails. */
class UnknownSyntaxTest {
    @Test
    void definitionListBecomesParagraphsWithTheTermInBold() {
        List<Block> blocks = body("Apple\n:   A red fruit.\n\n*Orange*\n\n:   An orange fruit.\n\n    Also a colour.\n");
        Div expected = new Div(Attr.classes("definition-list"), List.of(
                Paragraph.of(Strong.of("Apple")), Paragraph.of("A red fruit."),
                Paragraph.of(Strong.of(Emphasis.of("Orange"))), Paragraph.of("An orange fruit."),
                Paragraph.of("Also a colour.")));
        assertEquals(List.of(expected), blocks);
    }

    @Test
    void termWithSeveralDefinitionsKeepsThemAll() {
        Div div = (Div) body("Bank\n: Where money is kept.\n: The side of a river.\n").get(0);
        assertEquals(List.of(Paragraph.of(Strong.of("Bank")), Paragraph.of("Where money is kept."),
                Paragraph.of("The side of a river.")), div.content());
    }

    @Test
    void tildeMarksADefinitionToo() {
        Div div = (Div) body("Term\n~ Its definition.\n").get(0);
        assertEquals(List.of(Paragraph.of(Strong.of("Term")), Paragraph.of("Its definition.")), div.content());
    }

    @Test
    void gridTableIsKeptAsPreformattedText() {
        String grid = "+-------+------+\n| Fruit | Cost |\n+=======+======+\n| Apple | 1.00 |\n+-------+------+";
        assertEquals(List.of(new CodeBlock(Attr.classes("grid-table"), grid)), body(grid + "\n"));
    }

    @Test
    void pandocSimpleTableReadsAsText() {
        List<Block> blocks = body("  Right     Left\n-------     ------\n     12     12\n");
        assertFalse(blocks.isEmpty());
    }

    @Test
    void pandocInlineNoteStaysReadableText() {
        assertEquals(List.of(Paragraph.of("Text.^[An inline note.]")), body("Text.^[An inline note.]\n"));
    }

    @Test
    void undefinedFootnoteStaysText() {
        assertEquals(List.of(Paragraph.of("See [^missing] here.")), body("See [^missing] here.\n"));
    }

    @Test
    void texMathStaysText() {
        assertEquals(List.of(Paragraph.of(new Text("Area $\\pi r^2$ here."))), body("Area $\\pi r^2$ here.\n"));
    }
}

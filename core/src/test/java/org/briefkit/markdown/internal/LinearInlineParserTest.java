package org.briefkit.markdown.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.ext.attributes.internal.AttributesInlineParserExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The faster inline parser builds the very tree flexmark's own builds (with the same extensions
 * and block parsers), only without the quadratic costs.
 */
class LinearInlineParserTest {
    private static final Parser STOCK = stock();

    private static Parser stock() {
        return Parser.builder(MarkdownParser.options())
                .customInlineParserExtensionFactory(new AttributesInlineParserExtension.Factory())
                .customInlineParserExtensionFactory(new MathSpans.Factory())
                .customBlockParserFactory(new FencedDivParser.Factory())
                .build();
    }

    private static String tree(Node node) {
        StringBuilder out = new StringBuilder();
        dump(node, 0, out);
        return out.toString();
    }

    private static void dump(Node node, int depth, StringBuilder out) {
        out.append("  ".repeat(depth)).append(node.getClass().getSimpleName()).append(' ')
                .append(node.getStartOffset()).append('-').append(node.getEndOffset()).append('\n');
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            dump(child, depth + 1, out);
        }
    }

    @Test
    void buildsTheSameTreeAsFlexmarksOwnParser() throws Exception {
        String text = Files.readString(Path.of("src/test/resources/markdown/dialect-tour.md"))
                + "\n\nLinks [a](/u \"t\") <https://x.org> &amp; &#x41; <b>tag</b> `code` [ref][r] ![i](p.png)\n\n"
                + "*a **b** c* _d_ \"q\" 'r' -- --- ... [x]: no\n\n[r]: /ref\n";
        assertEquals(tree(STOCK.parse(text)), tree(MarkdownParser.PARSER.parse(text)));
    }

    /** @return the characters examined and delimiter steps taken to parse {@code text} with {@code parser} */
    private static long work(Parser parser, String text) {
        Progress progress = new Progress(Optional.empty());
        parser.parse(BasedSequence.of(WatchedText.of(text, progress)));
        return progress.work();
    }

    @Test
    void paragraphWithThousandsOfLinksParsesInLinearWork() {
        String links = "word [link](https://example.org) *em* word\n".repeat(25_000);
        long perCharacter = work(MarkdownParser.PARSER, links) / links.length();
        assertTrue(perCharacter < 20, () -> perCharacter + " units per character");
    }

    @Test
    void flexmarksOwnParserCostsTheSquareOfTheParagraphThere() {
        // The oracle for the test above: the work counted sees the copies this parser saves.
        String links = "word [link](https://example.org) *em* word\n".repeat(1_000);
        long perCharacter = work(STOCK, links) / links.length();
        assertTrue(perCharacter > 200, () -> perCharacter + " units per character");
    }

    @Test
    void emphasisRunsThatCannotMatchCostStepsThatAreCounted() {
        String small = "a**b" + "c* ".repeat(1_000);
        String large = "a**b" + "c* ".repeat(4_000);
        long ratio = work(MarkdownParser.PARSER, large) / work(MarkdownParser.PARSER, small);
        assertTrue(ratio > 10, () -> "4 times the runs cost " + ratio + " times the work: the walk is not counted");
    }
}

package org.briefkit.markdown.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.vladsch.flexmark.ext.attributes.internal.AttributesInlineParserExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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

    @Test
    void paragraphWithThousandsOfLinksParsesInLinearTime() {
        String links = "word [link](https://example.org) *em* word\n".repeat(25_000);
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> MarkdownParser.parse(links));
    }
}

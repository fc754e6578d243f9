package org.briefkit.markdown;

import static org.briefkit.markdown.Read.body;
import static org.briefkit.markdown.Read.doc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.briefkit.model.Document;
import org.briefkit.model.Inline;
import org.briefkit.model.LineBreak;
import org.briefkit.model.Paragraph;
import org.briefkit.model.Text;
import org.briefkit.model.Walk;
import org.junit.jupiter.api.Test;

/** Raw HTML never reaches the model: blocks and comments are dropped, tags too, script and style with their content. */
class RawHtmlTest {
    @Test
    void htmlBlocksAreDropped() {
        assertEquals(List.of(Paragraph.of("Before."), Paragraph.of("After.")),
                body("Before.\n\n<div class=\"x\">\n<p>Inside</p>\n</div>\n\nAfter.\n"));
    }

    @Test
    void inlineTagsAreDroppedAndTheirTextKept() {
        assertEquals(List.of(Paragraph.of("A bold word.")), body("A <b class=\"x\">bold</b> word.\n"));
    }

    @Test
    void brTagIsALineBreak() {
        assertEquals(List.of(Paragraph.of(new Text("one"), new LineBreak(), new Text("two"), new LineBreak(),
                new Text("three"))), body("one<br>two<BR />three\n"));
    }

    @Test
    void scriptAndStyleDisappearWithTheirContent() {
        assertEquals(List.of(Paragraph.of("A  B  C")),
                body("A <script>alert('x')</script> B <style>p { color: red }</style> C\n"));
        assertEquals(List.of(Paragraph.of("After.")), body("<script>\nalert('block');\n</script>\n\nAfter.\n"));
    }

    @Test
    void unclosedInlineScriptTakesTheRestOfItsParagraph() {
        assertEquals(List.of(Paragraph.of("Keep"), Paragraph.of("Next.")),
                body("Keep <script>steal(document.cookie) *more*\n\nNext.\n"));
    }

    @Test
    void commentsAreDropped() {
        assertEquals(List.of(Paragraph.of("Seen  text."), Paragraph.of("End.")),
                body("Seen <!-- hidden --> text.\n\n<!--\nA comment\nover lines\n-->\n\nEnd.\n"));
    }

    @Test
    void noMarkupOrScriptReachesTheText() {
        Document doc = doc(Read.TITLE + "<script>alert(1)</script>\n\nText <i>x</i> <img src=x onerror=alert(2)>"
                + " <a href=\"javascript:alert(3)\">link</a> <!-- c -->\n\n> <style>body{}</style> quoted <span>s</span>\n\n"
                + "<iframe src=\"https://evil\">fallback</iframe>\n\n- <svg><text>drawn</text></svg> item\n");
        StringBuilder text = new StringBuilder();
        Walk.document(doc, block -> { }, inline -> append(inline, text));
        String all = text.toString();
        for (String leak : List.of("<", ">", "alert", "script", "javascript", "style", "body{", "drawn", "fallback")) {
            assertFalse(all.contains(leak), () -> "'" + leak + "' reached the text: " + all);
        }
    }

    private static void append(Inline inline, StringBuilder out) {
        if (inline instanceof Text t) {
            out.append(t.text()).append('|');
        }
    }
}

package org.briefkit.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.briefkit.markdown.MarkdownException;
import org.briefkit.markdown.MarkdownLimits;
import org.briefkit.markdown.MarkdownReader;
import org.briefkit.model.Document;
import org.junit.jupiter.api.Test;

/** Catalogue: Markdown that tries to get something into the output, or out of the reader (see docs/RELIABILITY.md). */
class HostileMarkdownTest {
    private static final MarkdownReader READER = MarkdownReader.standard();

    private static Document read(String markdown) {
        return READER.read(markdown, (Path) null, "hostile.md");
    }

    private static MarkdownException refused(String markdown) {
        MarkdownException e = assertThrows(MarkdownException.class, () -> read(markdown));
        assertTrue(e.line() >= 1 && e.column() >= 1, e.getMessage());
        return e;
    }

    /**
     * Refused, and for its own reason, by a reader allowed one unit of work per character: what
     * "quickly" means in a measure that does not depend on how busy the machine is.
     */
    private static MarkdownException refusedQuickly(String markdown, String reason) {
        MarkdownReader stingy = MarkdownReader.builder().limits(MarkdownLimits.DEFAULT.withWorkPerCharacter(1)).build();
        MarkdownException e = assertThrows(MarkdownException.class, () -> stingy.read(markdown, (Path) null, "hostile.md"));
        assertTrue(e.problem().contains(reason), e.getMessage());
        assertEquals(e.getMessage(), refused(markdown).getMessage(), "the default reader refuses it the same way");
        return e;
    }

    @Test
    void rawHtmlAndScriptsNeverReachTheOutput() {
        Document doc = read("""
                ---
                title: Raw HTML
                ---

                Before <script>alert('inline')</script> after <b>bold</b> <img src=x onerror=alert(2)>.

                <script type="text/javascript">
                alert('block');
                </script>

                <div onclick="alert(3)">A div's <i>words</i></div>

                <iframe src="https://evil.example/"></iframe><style>body { display: none }</style>

                <!-- a comment that says alert(4) -->

                [click me](javascript:alert(5)) and [data](data:text/html,<script>alert(6)</script>)
                """);
        Rendered both = Rendered.of(doc);
        for (String bad : List.of("alert", "<script", "onerror", "onclick", "iframe", "evil.example", "javascript:",
                "<b>", "display: none")) {
            both.assertNowhere(bad);
        }
        assertTrue(both.docxText().body().contains("bold"), "the text between inline tags is kept");
        assertEquals(List.of(), linkTargets(both.pdf()), "no link is left with an unsafe target");
    }

    @Test
    void malformedFrontMatterIsAnErrorAtItsLine() {
        MarkdownException e = refused("---\ntitle: A\nauthors: [unclosed\n---\n\nText.\n");
        assertTrue(e.line() >= 2 && e.line() <= 4, e.getMessage());
        assertTrue(e.getMessage().contains("front matter"), e.getMessage());
        MarkdownException unknown = refused("---\ntitle: A\ntitel: typo\n---\n\nText.\n");
        assertEquals(3, unknown.line(), unknown.getMessage());
        assertTrue(unknown.getMessage().contains("did you mean 'title'"), unknown.getMessage());
        MarkdownException open = refused("---\ntitle: never closed\n\nText.\n");
        assertEquals(1, open.line(), open.getMessage());
    }

    @Test
    void frontMatterTagsCreateNoObjectAndReachNoNetwork() throws IOException {
        try (LocalServer server = new LocalServer()) {
            String url = server.url("/yaml");
            for (String value : List.of("!!java.net.URL [\"" + url + "\"]",
                    "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"" + url + "\"]]]]",
                    "!<tag:yaml.org,2002:java.lang.ProcessBuilder> [[\"touch\", \"/tmp/briefkit-pwned\"]]",
                    "!!python/object/apply:os.system [\"touch /tmp/briefkit-pwned\"]")) {
                try {
                    Document doc = read("---\ntitle: " + value + "\n---\n\nText.\n");
                    assertTrue(doc.metadata().title() != null);
                } catch (MarkdownException e) {
                    assertTrue(e.line() == 2, e.getMessage());
                }
            }
            assertEquals(List.of(), server.requests(), "no YAML tag made a connection");
        }
        assertTrue(!java.nio.file.Files.exists(Path.of("/tmp/briefkit-pwned")), "no YAML tag ran a command");
    }

    @Test
    void anAliasBombInFrontMatterIsRefusedQuickly() {
        StringBuilder yaml = new StringBuilder("---\na: &a [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]\n");
        char prev = 'a';
        for (char c = 'b'; c <= 'i'; c++) {
            yaml.append(c).append(": &").append(c).append(" [");
            for (int k = 0; k < 9; k++) {
                yaml.append(k == 0 ? "" : ", ").append('*').append(prev);
            }
            yaml.append("]\n");
            prev = c;
        }
        yaml.append("title: T\n---\n\nText.\n");
        refusedQuickly(yaml.toString(), "alias");
    }

    @Test
    void tenThousandNestedListsOrQuotesAreRefusedQuickly() {
        String header = "---\ntitle: Deep\n---\n\n";
        MarkdownException lists = refusedQuickly(header + "- ".repeat(10_000) + "item\n", "nest more than 100");
        assertEquals(5, lists.line(), lists.getMessage());
        MarkdownException quotes = refusedQuickly(header + "> ".repeat(10_000) + "quote\n", "nest more than 100");
        assertEquals(5, quotes.line(), quotes.getMessage());
        StringBuilder indented = new StringBuilder(header);
        for (int i = 0; i < 2_000; i++) { // 4 MB; 10,000 levels would be 100 MB, past maxInputBytes
            indented.append("  ".repeat(i)).append("- item ").append(i).append('\n');
        }
        // Each line re-examines the lists open above it: refused by the work budget, at the same line every time.
        MarkdownException byIndent = refused(indented.toString());
        assertTrue(byIndent.problem().contains("MarkdownLimits.withWorkPerCharacter"), byIndent.getMessage());
        assertEquals(byIndent.getMessage(), refused(indented.toString()).getMessage());
        StringBuilder divs = new StringBuilder(header);
        for (int i = 0; i < 10_000; i++) {
            divs.append("::: box\n");
        }
        refusedQuickly(divs.append("text\n").toString(), "fenced divs nest more than 100");
        refused(header + "*".repeat(10_000) + "text" + "*".repeat(10_000) + "\n" + "[".repeat(10_000) + "\n");
    }

    @Test
    void anEmptyFileIsAnErrorThatSaysWhatIsMissing() {
        MarkdownException e = refused("");
        assertEquals(1, e.line());
        assertTrue(e.getMessage().contains("no title"), e.getMessage());
        refused("\n\n   \n");
    }

    @Test
    void aFileOfOnlyATitleRendersInEveryKind() {
        for (String kind : List.of("press-release", "brief", "report")) {
            Document fromFrontMatter = read("---\ntitle: Only a title\nkind: " + kind + "\n---\n");
            assertEquals(List.of(), fromFrontMatter.body());
            Rendered.of(fromFrontMatter);
        }
        Document fromHeading = read("# Only a heading\n");
        assertEquals("Only a heading", fromHeading.metadata().title());
        Rendered.of(fromHeading);
    }

    /** @return the URI targets of the PDF's link annotations */
    static List<String> linkTargets(byte[] pdf) {
        List<String> out = new java.util.ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                for (PDAnnotation a : page.getAnnotations()) {
                    if (a instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
                        out.add(uri.getURI());
                    }
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out;
    }
}

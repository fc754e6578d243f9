package org.briefkit.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random Markdown: fragments of real syntax (every construct docs/MARKDOWN.md names, pandoc's
 * extras, raw HTML and scripts, images that are fine, broken or hostile, front matter that is
 * fine, malformed or hostile), shuffled, nested under quotes, lists, indentation and fenced divs,
 * sometimes cut in the middle, with stray characters and line ends of every kind put in; and
 * slices of real documents (the shared corpus) when they are given.
 */
final class MarkdownGen {
    private static final String[] BLOCKS = {
        "# Heading {#h-%d .unnumbered}", "## Second *level* heading", "###### Six", "Setext heading\n==========",
        "Setext two\n---", "A paragraph with *emphasis*, **strong**, `code`, ~~gone~~, H~2~O, x^2^ and [small caps]{.smallcaps}.",
        "A [link](https://example.org \"title\") and [internal](#h-1) and <https://auto.example.org>.",
        "A note.[^n%d]\n\n[^n%d]: The note's text, with *emphasis*.", "[^orphan]: A note nobody cites.",
        "Ref [ref] and [ref][].\n\n[ref]: https://example.org/ref", "> A quote\n> over lines\n>\n> — Someone",
        "- one\n- two\n  - nested\n- three", "1. first\n2. second\n\n   continued", "3) third\n4) fourth",
        "* [ ] task\n* [x] done", "```java\nint x = 1; // code\n```", "~~~\nfenced ~~~ code\n~~~", "    indented code",
        "::: {.callout title=\"Key takeaways\"}\nInside a callout.\n:::", ":::: sidebar\n::: box\nNested divs\n:::\n::::",
        "| a | b |\n|---|--:|\n| 1 | 2 |\n| **x** | `y` |", "a | b\n--|--\nno | pipes", "Caption: a table\n\n| x |\n|---|\n| y |",
        "+---+---+\n| a | b |\n+===+===+\n| 1 | 2 |\n+---+---+", "Term\n:   Definition\n\n    more", "Term\n~ tilde definition",
        "---", "***", "\\newpage", "<div class=\"x\">raw <b>html</b></div>", "<script>alert('x')</script> after",
        "<style>body{}</style>", "text <span style=\"x\">inline html</span> text", "<!-- a comment -->",
        "<iframe src=\"https://evil.example\"></iframe>", "&amp; &lt; &#169; &#x1F600; &#0; &#x7f; &#xD800; &bogus;",
        "Line with hard break  \nnext", "Backslash break\\\nnext", "$E = mc^2$ and $$x$$", "@cite and [@cite, p. 3]",
        "![A chart](chart.png)", "![A photo](photo.jpg \"title\"){width=50%}", "![](chart.png)",
        "Para with {.class} attributes", "[text]{#id-%d .c key=v}", "*unclosed emphasis", "**", "`", "[", "](", "{", ":::",
        "> > > deep", "- - - deep", "1. 1. 1. deep", "<", "<!--", "```", "|", "^[inline note]", "\u00A0\u2028\u200B",
    };
    /** Images that must be refused, each with an error at its place. */
    private static final String[] BAD_IMAGES = {"![Corrupt](corrupt.png)", "![Truncated](truncated.jpg)",
        "![Bomb](bomb.png)", "![Drawing](logo.svg)", "![Gif](anim.gif)", "![Missing](nope.png)",
        "![Escape](../../etc/passwd)", "![Absolute](/etc/passwd)", "![Link out](link-out.png)",
        "![Remote](https://127.0.0.1:9/x.png)", "![Data](data:image/png;base64,iVBORw0KGgo=)",
        "![File](file:///etc/passwd)", "![Escaped](%2e%2e/%2e%2e/etc/passwd)"};
    /** Front matter that is fine. */
    private static final String[] GOOD_FRONT = {
        "title: A title\nsubtitle: Sub\nkind: press-release\ndate: 2026-03-15\nlang: ko-KR",
        "title: \"Quoted: title\"\nauthors:\n  - name: A. Author\n    role: Fellow\n  - B. Author",
        "title: T\nkind: report\norganization:\n  name: Institute\n  about: We study.\n  logo: chart.png",
        "title: T\nkeywords: [a, b, c]\nrelated:\n  - title: More\n    link: https://example.org"};
    private static final String[] FRONT = {
        "title: A title\nsubtitle: Sub\nkind: press-release\ndate: 2026-03-15\nlang: ko-KR",
        "title: \"Quoted: title\"\nauthors:\n  - name: A. Author\n    role: Fellow\n  - B. Author",
        "title: T\nkind: report\norganization:\n  name: Institute\n  about: We study.\n  logo: chart.png",
        "title: T\nrelease: {embargo: \"2026-03-15T09:00-04:00[America/New_York]\"}\ncontacts:\n  - name: Press\n    email: press@example.org",
        "title: T\nkeywords: [a, b, c]\nrelated:\n  - title: More\n    link: https://example.org",
        "title: [unclosed", "title: T\n  bad: indent", "title:\n  - a list", "title: !!java.lang.Runtime x",
        "title: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://127.0.0.1:9/\"]]]]",
        "a: &a [x, x]\nb: &b [*a, *a, *a, *a]\nc: &c [*b, *b, *b, *b]\nd: &d [*c, *c, *c, *c]\ntitle: *d",
        "title: T\nkind: pamphlet", "title: T\ndate: not a date", "title: T\nlang: not_a_tag!", "title: ''", "",
        "title: T\nunknown: key", "title: T\ntitle: twice", "\t", "title: T\nbody: |\n  literal",
    };
    private static final String[] PREFIXES = {"> ", "- ", "1. ", "   ", "  ", "* ", ">", "\t"};
    private static final String[] NOISE = {"\r", "\r\n", "\t", "\u0000", "\u0007", "\u001B", "\u007F", "\u0085",
        "\uFEFF", "\uFFFD", "\uFFFE", "\uD800", "\uDC00", "\u202E", "\\", "*", "_", "`", "[", "]", "(", ")", "<", ">",
        "{", "}", "#", "|", ":", "~", "^", "&", "!", "\n", "\n\n", "    ", "---\n"};

    private final Random random;
    private final TextGen text;
    private final List<String> corpusLines;

    /** @param seed the case's seed; @param corpusLines lines of real documents to take slices of, or none */
    MarkdownGen(long seed, List<String> corpusLines) {
        this.random = new Random(seed);
        this.text = new TextGen(random, -1);
        this.corpusLines = corpusLines;
    }

    /** @return a random Markdown document */
    String document() {
        StringBuilder out = new StringBuilder();
        int roll = random.nextInt(10);
        if (roll < 8) {
            out.append("---\n").append(roll == 0 ? pick(FRONT) : pick(GOOD_FRONT)).append(random.nextInt(8) == 0 ? "\n" : "\n---\n\n");
        } else if (roll < 9) {
            out.append("% Pandoc title\n% Author\n% 2026-01-01\n\n");
        }
        int blocks = random.nextInt(random.nextInt(6) == 0 ? 60 : 12);
        for (int i = 0; i < blocks; i++) {
            out.append(block(i)).append(separator());
        }
        String doc = out.toString();
        if (random.nextInt(3) == 0) {
            doc = noise(doc);
        }
        if (random.nextInt(10) == 0 && !doc.isEmpty()) {
            doc = doc.substring(0, random.nextInt(doc.length()));
            if (!doc.isEmpty() && Character.isHighSurrogate(doc.charAt(doc.length() - 1))) {
                doc = doc.substring(0, doc.length() - 1);
            }
        }
        return doc;
    }

    private String block(int i) {
        String block;
        int roll = random.nextInt(100);
        if (roll < 10 && !corpusLines.isEmpty()) {
            int from = random.nextInt(corpusLines.size());
            int to = Math.min(corpusLines.size(), from + 1 + random.nextInt(40));
            block = String.join("\n", corpusLines.subList(from, to));
        } else if (roll < 25) {
            block = text.words() + " " + text.text();
        } else if (roll < 27) {
            block = pick(BAD_IMAGES);
        } else {
            block = pick(BLOCKS).replace("%d", Integer.toString(i));
            if (random.nextInt(3) == 0) {
                block = block.replace("text", text.words());
            }
        }
        for (int depth = random.nextInt(4) == 0 ? random.nextInt(random.nextInt(10) == 0 ? 200 : 6) : 0; depth > 0;
                depth--) {
            if (random.nextInt(6) == 0) {
                block = ":::: {.box}\n" + block + "\n::::";
            } else {
                String prefix = pick(PREFIXES);
                block = prefix + block.replace("\n", "\n" + " ".repeat(prefix.length()));
            }
        }
        return block;
    }

    private String separator() {
        return new String[] {"\n\n", "\n", "\r\n\r\n", "\n\n\n", "  \n"}[random.nextInt(5)];
    }

    private String noise(String doc) {
        StringBuilder out = new StringBuilder(doc);
        for (int n = 1 + random.nextInt(8); n > 0; n--) {
            int at = out.length() == 0 ? 0 : random.nextInt(out.length() + 1);
            if (at > 0 && at < out.length() && Character.isLowSurrogate(out.charAt(at))) {
                at--;
            }
            String piece = random.nextInt(4) == 0 ? pick(NOISE).repeat(1 + random.nextInt(random.nextInt(20) == 0 ? 3_000 : 5))
                    : pick(NOISE);
            out.insert(at, piece);
        }
        return out.toString();
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    /** @param corpus text of real documents; @return their lines, for slices */
    static List<String> lines(List<String> corpus) {
        List<String> out = new ArrayList<>();
        corpus.forEach(text -> out.addAll(List.of(text.split("\n", -1))));
        return out;
    }
}

package org.briefkit.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.briefkit.examples.Outputs;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code briefkit render}: the three samples as the README's first command renders them, then
 * bad input (exit 1, with the file, line and column), batches with a bad file, warnings and
 * {@code --strict}, themes, and identical bytes from identical input.
 */
class RenderCommandTest {
    /** The samples, rendered once for the tests that only look at them. */
    @TempDir
    static Path samples;
    static Cli sampleRun;

    @TempDir
    Path dir;

    @BeforeAll
    static void renderTheSamples() {
        sampleRun = Cli.run("render", Cli.SAMPLES.resolve("press-release.md"), Cli.SAMPLES.resolve("brief.md"),
                Cli.SAMPLES.resolve("report.md"), "--out", samples);
    }

    private static void assertContains(String text, String... fragments) {
        for (String fragment : fragments) {
            assertTrue(text.contains(fragment), () -> "expected '" + fragment + "' in:\n" + text);
        }
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    @Test
    void theSamplesRenderWithAProgressLineEach() {
        assertEquals(Main.OK, sampleRun.exit(), sampleRun::toString);
        assertEquals("", sampleRun.err(), "no warnings: every character has a glyph");
        List<String> lines = sampleRun.out().lines().toList();
        assertEquals(3, lines.size(), sampleRun::toString);
        assertTrue(lines.get(0).startsWith("[1/3] " + Cli.SAMPLES.resolve("press-release.md") + " -> "
                + samples.resolve("press-release.pdf") + " ("), sampleRun::toString);
        assertTrue(lines.get(1).startsWith("[2/3] " + Cli.SAMPLES.resolve("brief.md") + " -> "), sampleRun::toString);
        assertTrue(lines.get(2).startsWith("[3/3] " + Cli.SAMPLES.resolve("report.md") + " -> "), sampleRun::toString);
        assertContains(lines.get(2), samples.resolve("report.docx").toString());
    }

    @Test
    void thePressReleaseIsOneLetterPage() throws IOException {
        Path pdf = samples.resolve("press-release.pdf");
        assertEquals(1, Outputs.pages(pdf));
        float[] size = Outputs.pageSize(pdf);
        assertEquals(612, size[0], 1);
        assertEquals(792, size[1], 1);
        assertContains(Outputs.pdfText(pdf), "Cooling Centers Close Before Older Adults", "A phone call before the heat arrives.");
        assertContains(Outputs.docxText(samples.resolve("press-release.docx")), "Cooling Centers Close Before Older Adults",
                "EMBARGOED UNTIL", "Laura Whitfield", "A phone call before the heat arrives.");
    }

    @Test
    void theBriefIsFourToSixPagesAndKeepsItsHangul() throws IOException {
        Path pdf = samples.resolve("brief.pdf");
        int pages = Outputs.pages(pdf);
        assertTrue(pages >= 4 && pages <= 6, "the brief has " + pages + " pages");
        String hangul = "무더위쉼터는 그냥 시원한 방이 아니라, 서로 안부를 묻는 곳이어야 합니다.";
        assertContains(Outputs.pdfText(pdf), "Open Late, Close By", "Key takeaways", hangul);
        assertContains(Outputs.docxText(samples.resolve("brief.docx")), "Open Late, Close By", hangul);
    }

    @Test
    void theReportIsThirtyPagesOrMore() throws IOException {
        Path pdf = samples.resolve("report.pdf");
        int pages = Outputs.pages(pdf);
        assertTrue(pages >= 30, "the report has " + pages + " pages");
        // a report's headings are numbered: "1 Introduction", and "# Survey Results by Item {.appendix}" is Appendix C
        String text = Outputs.pdfText(pdf).replace('\u2002', ' ');
        assertContains(text, "Cool Hours", "1 Introduction", "Appendix C Survey Results by Item");
        assertContains(Outputs.docxText(samples.resolve("report.docx")).replace('\u2002', ' '), "Cool Hours",
                "Appendix C Survey Results by Item");
    }

    @Test
    void theSameInputGivesTheSameBytes() throws IOException {
        Cli again = Cli.run("render", Cli.SAMPLES.resolve("press-release.md"), Cli.SAMPLES.resolve("brief.md"), "--out", dir);
        assertEquals(Main.OK, again.exit(), again::toString);
        for (String file : List.of("press-release.pdf", "press-release.docx", "brief.pdf", "brief.docx")) {
            assertArrayEquals(Files.readAllBytes(samples.resolve(file)), Files.readAllBytes(dir.resolve(file)), file);
        }
    }

    @Test
    void withoutSystemFontsAndStrictTheBriefStillDrawsEveryHangulCharacter() throws IOException {
        Cli cli = Cli.run("render", Cli.SAMPLES.resolve("brief.md"), "--format", "pdf", "--strict", "--no-system-fonts",
                "--out", dir);
        assertEquals(Main.OK, cli.exit(), cli::toString);
        assertEquals("", cli.err());
        Path pdf = dir.resolve("brief.pdf");
        assertTrue(Outputs.fontNames(pdf).contains("BriefkitHangul-Regular"), () -> "fonts: " + fontNames(pdf));
        assertContains(Outputs.pdfText(pdf), "무더위쉼터", "폭염주의보", "서로 안부를 묻는 곳이어야 합니다");
        assertFalse(Files.exists(dir.resolve("brief.docx")), "--format pdf writes no DOCX");
    }

    private static List<String> fontNames(Path pdf) {
        try {
            return Outputs.fontNames(pdf);
        } catch (IOException e) {
            return List.of(e.toString());
        }
    }

    @Test
    void aMissingFileIsBadInputThatNamesIt() {
        Path missing = dir.resolve("nowhere.md");
        Cli cli = Cli.run("render", missing, "--out", dir);
        assertEquals(Main.BAD_INPUT, cli.exit(), cli::toString);
        assertContains(cli.err(), "briefkit: error: " + missing + ": no such file");
        assertContains(cli.out(), "[1/1] " + missing + ": failed");
    }

    @Test
    void malformedFrontMatterIsBadInputAtItsLineAndColumn() throws IOException {
        Path bad = write("bad.md", "---\ntitle: \"Heat\nkind: brief\n---\n\nText.\n");
        Cli cli = Cli.run("render", bad, "--out", dir);
        assertEquals(Main.BAD_INPUT, cli.exit(), cli::toString);
        assertContains(cli.err(), "briefkit: error: " + bad + ":2:8: front matter: not valid YAML");
        Path wrongKind = write("kind.md", "---\ntitle: Heat\nkind: memo\n---\n\nText.\n");
        Cli kind = Cli.run("render", wrongKind, "--out", dir);
        assertEquals(Main.BAD_INPUT, kind.exit(), kind::toString);
        assertContains(kind.err(), wrongKind + ":3:7: front matter: 'kind' is 'memo'. It must be one of press-release, brief, report.");
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of("bad.md", "kind.md"), left.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void aMistakeInTheMarkdownIsBadInputAtItsLineAndColumn() throws IOException {
        Path bad = write("link.md", "---\ntitle: Heat\n---\n\n# Findings {#findings}\n\nSee [the findings](#findngs).\n");
        Cli cli = Cli.run("render", bad, "--out", dir);
        assertEquals(Main.BAD_INPUT, cli.exit(), cli::toString);
        assertContains(cli.err(), "briefkit: error: " + bad + ":7:5: ", "did you mean 'findings'?");
    }

    @Test
    void aBatchWithOneBadFileRendersTheOthersAndExitsWithOne() throws IOException {
        Path good = write("in/good.md", "---\ntitle: Good\nkind: brief\n---\n\nFine.\n");
        Path bad = write("in/bad.md", "---\ntitle: [Bad\n---\n\nText.\n");
        Path alsoGood = write("in/also-good.md", "---\ntitle: Also good\n---\n\nFine too.\n");
        Path out = dir.resolve("out");
        Cli cli = Cli.run("render", good, bad, alsoGood, "--out", out);
        assertEquals(Main.BAD_INPUT, cli.exit(), cli::toString);
        assertContains(cli.out(), "[1/3] " + good + " -> ", "[2/3] " + bad + ": failed", "[3/3] " + alsoGood + " -> ");
        assertContains(cli.err(), "briefkit: error: " + bad + ":2:8: ", "briefkit: 1 of 3 documents failed");
        for (String name : List.of("good.pdf", "good.docx", "also-good.pdf", "also-good.docx")) {
            assertTrue(Files.size(out.resolve(name)) > 1000, name);
        }
        assertFalse(Files.exists(out.resolve("bad.pdf")));
        assertFalse(Files.exists(out.resolve("bad.docx")));
    }

    @Test
    void aCharacterNoFontHasIsAWarningOrWithStrictAnError() throws IOException {
        Path thai = write("thai.md", "---\ntitle: Greeting\n---\n\nสวัสดี\n");
        Cli warned = Cli.run("render", thai, "--no-system-fonts", "--format", "pdf", "--out", dir.resolve("a"));
        assertEquals(Main.OK, warned.exit(), warned::toString);
        assertContains(warned.err(), "briefkit: warning: " + thai + ": character U+0E2A ('ส')",
                "has no glyph in any font", "Briefkit Hangul");
        assertEquals(5, warned.err().lines().count(), warned::toString);
        assertTrue(Files.exists(dir.resolve("a/thai.pdf")));

        Cli strict = Cli.run("render", thai, "--no-system-fonts", "--strict", "--out", dir.resolve("b"));
        assertEquals(Main.BAD_INPUT, strict.exit(), strict::toString);
        assertContains(strict.err(), "briefkit: error: " + thai + ": character U+0E2A ('ส')");
        assertFalse(Files.exists(dir.resolve("b/thai.pdf")));
    }

    @Test
    void manyWarningsAreCounted() throws IOException {
        Path ethiopic = write("many.md", "---\ntitle: Many\n---\n\nሀሁሂሃሄህሆለሉሊላሌልሎ\n");
        Cli cli = Cli.run("render", ethiopic, "--no-system-fonts", "--format", "pdf", "--out", dir);
        assertEquals(Main.OK, cli.exit(), cli::toString);
        List<String> lines = cli.err().lines().toList();
        assertEquals(Warnings.SHOWN + 1, lines.size(), cli::toString);
        assertEquals("briefkit: warning: " + ethiopic + ": 4 more warnings", lines.get(Warnings.SHOWN));
    }

    @Test
    void aThemeFileSetsThePage() throws IOException {
        Path theme = write("theme.yaml", "base: a4\nmargins: {top: 20mm}\ncolors: {accent: \"#7A1F2B\"}\n");
        Cli cli = Cli.run("render", Cli.SAMPLES.resolve("press-release.md"), "--theme", theme, "--format", "pdf", "--out", dir);
        assertEquals(Main.OK, cli.exit(), cli::toString);
        float[] size = Outputs.pageSize(dir.resolve("press-release.pdf"));
        assertEquals(595, size[0], 1);
        assertEquals(842, size[1], 1);
        Cli a4 = Cli.run("render", Cli.SAMPLES.resolve("press-release.md"), "--theme", "A4", "--format", "pdf", "--out",
                dir.resolve("a4"));
        assertEquals(Main.OK, a4.exit(), a4::toString);
        assertEquals(842, Outputs.pageSize(dir.resolve("a4/press-release.pdf"))[1], 1);
    }

    @Test
    void aWrongThemeFileIsBadInputThatNamesTheSetting() throws IOException {
        Path theme = write("theme.yaml", "base: a4\ncolours: {accent: red}\n");
        Cli cli = Cli.run("render", Cli.SAMPLES.resolve("press-release.md"), "--theme", theme, "--out", dir);
        assertEquals(Main.BAD_INPUT, cli.exit(), cli::toString);
        assertContains(cli.err(), "briefkit: error: " + theme + ": theme.colours: is not a theme setting");
    }

    @Test
    void anInputNameOfTwoHundredAndFortyFiveCharactersRenders() throws IOException {
        String stem = "n".repeat(242);
        Path input = write(stem + ".md", "# Long name\n\nA paragraph.\n");
        Cli run = Cli.run("render", input, "--out", dir.resolve("out"));
        assertEquals(Main.OK, run.exit(), run::toString);
        assertTrue(Files.isRegularFile(dir.resolve("out").resolve(stem + ".pdf")), run::toString);
        assertTrue(Files.isRegularFile(dir.resolve("out").resolve(stem + ".docx")), run::toString);
    }

    @Test
    void aFolderThatCannotBeMadeIsSaidInWordsWithTheUsersPath() throws IOException {
        Path input = write("x.md", "# X\n\nA paragraph.\n");
        Path file = write("taken", "a file where the output folder should go");
        Cli run = Cli.run("render", input, "--out", file.resolve("out"), "--format", "pdf");
        assertEquals(Main.BAD_INPUT, run.exit(), run::toString);
        assertContains(run.err(), input + ": cannot write " + file.resolve("out").resolve("x.pdf") + ": " + file
                + " is a file, not a folder");
        assertFalse(run.err().contains("Exception") || run.err().contains(".tmp"), run::toString);
    }
}

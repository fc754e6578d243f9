package org.briefkit.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.briefkit.examples.Outputs;
import org.briefkit.examples.Outputs.Entry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code briefkit kit}: a zip or a folder whose manifest matches its files, and nothing at all when a document fails. */
class KitCommandTest {
    @TempDir
    Path dir;

    private static final Path RELEASE = Cli.SAMPLES.resolve("press-release.md");
    private static final Path BRIEF = Cli.SAMPLES.resolve("brief.md");

    private static void assertContains(String text, String... fragments) {
        for (String fragment : fragments) {
            assertTrue(text.contains(fragment), () -> "expected '" + fragment + "' in:\n" + text);
        }
    }

    private List<String> filesUnder(Path folder) throws IOException {
        try (Stream<Path> all = Files.walk(folder)) {
            return all.filter(Files::isRegularFile).map(p -> folder.relativize(p).toString()).sorted().toList();
        }
    }

    @Test
    void aZipKitHoldsBothFormatsOfEachDocumentAndAManifestOfTheirHashes() throws IOException {
        Path zip = dir.resolve("kit.zip");
        Cli cli = Cli.run("kit", RELEASE, BRIEF, "--out", zip);
        assertEquals(Main.OK, cli.exit(), cli::toString);
        assertContains(cli.out(), "[1/2] " + RELEASE + ": press-release 'Cooling Centers Close",
                "[2/2] " + BRIEF + ": brief 'Open Late, Close By'", "  open-late-close-by-brief.pdf (",
                "  EMBARGOED UNTIL 9:00 A.M. EDT, MARCH 17, 2026", "wrote " + zip + ": 4 files and manifest.json");
        Map<String, byte[]> files = Outputs.unzip(zip);
        List<Entry> entries = Outputs.assertManifestMatches(files);
        assertEquals(List.of(
                new Entry("cooling-centers-close-before-older-adults-homes-get-hottest-press-release.pdf", "press-release",
                        "pdf", entries.get(0).size(), entries.get(0).sha256()),
                new Entry("cooling-centers-close-before-older-adults-homes-get-hottest-press-release.docx", "press-release",
                        "docx", entries.get(1).size(), entries.get(1).sha256()),
                new Entry("open-late-close-by-brief.pdf", "brief", "pdf", entries.get(2).size(), entries.get(2).sha256()),
                new Entry("open-late-close-by-brief.docx", "brief", "docx", entries.get(3).size(), entries.get(3).sha256())),
                entries);
        String manifest = new String(files.get("manifest.json"), StandardCharsets.UTF_8);
        assertContains(manifest, "\"embargo\": \"EMBARGOED UNTIL 9:00 A.M. EDT, MARCH 17, 2026\"",
                "\"title\": \"Open Late, Close By\"");
        assertEquals(1, Outputs.pages(files.get(entries.get(0).name())));
    }

    @Test
    void aFolderKitHoldsTheSameFilesAsTheZip() throws IOException {
        Cli zip = Cli.run("kit", RELEASE, BRIEF, "--out", dir.resolve("kit.zip"));
        Cli folder = Cli.run("kit", RELEASE, BRIEF, "--out", dir.resolve("kit"));
        assertEquals(Main.OK, zip.exit(), zip::toString);
        assertEquals(Main.OK, folder.exit(), folder::toString);
        assertContains(folder.out(), "wrote " + dir.resolve("kit") + "/: 4 files and manifest.json");
        Map<String, byte[]> inFolder = Outputs.read(dir.resolve("kit"));
        Outputs.assertManifestMatches(inFolder);
        Map<String, byte[]> inZip = Outputs.unzip(dir.resolve("kit.zip"));
        assertEquals(new java.util.TreeSet<>(inZip.keySet()), new java.util.TreeSet<>(inFolder.keySet()));
        inZip.forEach((name, bytes) -> assertArrayEquals(bytes, inFolder.get(name), name));
    }

    @Test
    void theSameDocumentsGiveTheSameZip() throws IOException {
        Cli first = Cli.run("kit", RELEASE, "--out", dir.resolve("a.zip"));
        Cli second = Cli.run("kit", RELEASE, "--out", dir.resolve("b.zip"));
        assertEquals(Main.OK, first.exit() + second.exit(), first::toString);
        assertArrayEquals(Files.readAllBytes(dir.resolve("a.zip")), Files.readAllBytes(dir.resolve("b.zip")));
    }

    @Test
    void aKitInOneFormat() throws IOException {
        Cli cli = Cli.run("kit", RELEASE, "--format", "docx", "--out", dir.resolve("kit"));
        assertEquals(Main.OK, cli.exit(), cli::toString);
        assertEquals(List.of("cooling-centers-close-before-older-adults-homes-get-hottest-press-release.docx", "manifest.json"),
                filesUnder(dir.resolve("kit")));
    }

    /** A valid PNG header (the reader accepts it) over image data that cannot be decoded (the PDF cannot draw it). */
    /**
     * A document that reads but cannot be rendered in strict mode without installed fonts: its
     * Thai has no glyph in the theme's fonts. (A damaged picture no longer gets that far: the
     * model checks an image's whole structure when it is read.)
     */
    private Path documentThatCannotRender() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("in"));
        return Files.writeString(folder.resolve("broken.md"), "---\ntitle: Broken Glyphs\nkind: brief\n---\n\n"
                + "Text, then Thai: \u0E2A\u0E27\u0E31\u0E2A\u0E14\u0E35\n");
    }

    @Test
    void aKitWhoseSecondDocumentFailsToRenderLeavesNothingBehind() throws IOException {
        Path broken = documentThatCannotRender();
        Path out = Files.createDirectories(dir.resolve("out"));
        Cli zip = Cli.run("kit", RELEASE, broken, BRIEF, "--strict", "--no-system-fonts", "--out", out.resolve("kit.zip"));
        assertEquals(Main.BAD_INPUT, zip.exit(), zip::toString);
        assertContains(zip.err(), "document 2 ('Broken Glyphs')", broken + ": character U+0E2A",
                "briefkit: no kit written");
        Cli folder = Cli.run("kit", RELEASE, broken, BRIEF, "--strict", "--no-system-fonts", "--out", out.resolve("kit"));
        assertEquals(Main.BAD_INPUT, folder.exit(), folder::toString);
        assertEquals(List.of(), filesUnder(out), "no zip, no folder, no temporary file");
    }

    @Test
    void aFailedKitLeavesAnEarlierKitAsItWas() throws IOException {
        Path zip = dir.resolve("kit.zip");
        assertEquals(Main.OK, Cli.run("kit", RELEASE, "--out", zip).exit());
        byte[] before = Files.readAllBytes(zip);
        Path thai = Files.writeString(dir.resolve("thai.md"), "---\ntitle: Greeting\n---\n\nสวัสดี\n");
        Cli cli = Cli.run("kit", RELEASE, thai, "--strict", "--no-system-fonts", "--out", zip);
        assertEquals(Main.BAD_INPUT, cli.exit(), cli::toString);
        assertContains(cli.err(), thai + ": character U+0E2A ('ส')");
        assertArrayEquals(before, Files.readAllBytes(zip));
        assertEquals(List.of("kit.zip", "thai.md"), filesUnder(dir));
    }

    @Test
    void aFolderKitReplacesAnEarlierKitWhollyAndRefusesAFolderOfOtherFiles() throws IOException {
        Path kit = dir.resolve("kit");
        assertEquals(Main.OK, Cli.run("kit", RELEASE, BRIEF, "--out", kit).exit());
        Cli again = Cli.run("kit", RELEASE, "--format", "pdf", "--out", kit);
        assertEquals(Main.OK, again.exit(), again::toString);
        assertEquals(List.of("cooling-centers-close-before-older-adults-homes-get-hottest-press-release.pdf",
                "manifest.json"), filesUnder(kit));
        Path documents = Files.createDirectories(dir.resolve("documents"));
        Files.writeString(documents.resolve("thesis.txt"), "years of work");
        Cli refused = Cli.run("kit", RELEASE, "--out", documents);
        assertEquals(Main.BAD_INPUT, refused.exit(), refused::toString);
        assertContains(refused.err(), "briefkit: error: media kit folder '" + documents
                + "' is not empty and holds no manifest.json written by Briefkit", "briefkit: no kit written");
        assertEquals(List.of("thesis.txt"), filesUnder(documents));
    }

    @Test
    void aKitWithAnUnreadableDocumentNamesEachOneAndWritesNothing() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.md"), "---\ntitle: \"Heat\n---\n\nText.\n");
        Path missing = dir.resolve("missing.md");
        Cli cli = Cli.run("kit", RELEASE, bad, missing, "--out", dir.resolve("kit.zip"));
        assertEquals(Main.BAD_INPUT, cli.exit(), cli::toString);
        assertContains(cli.out(), "[2/3] " + bad + ": failed", "[3/3] " + missing + ": failed");
        assertContains(cli.err(), "briefkit: error: " + bad + ":2:8: front matter", "briefkit: error: " + missing + ": no such file",
                "briefkit: no kit written: 2 of 3 documents could not be read");
        assertEquals(List.of("bad.md"), filesUnder(dir));
    }

    @Test
    void warningsNameTheirDocument() throws IOException {
        Path thai = Files.writeString(dir.resolve("thai.md"), "---\ntitle: Greeting\n---\n\nสวัสดี\n");
        Cli cli = Cli.run("kit", RELEASE, thai, "--no-system-fonts", "--out", dir.resolve("kit.zip"));
        assertEquals(Main.OK, cli.exit(), cli::toString);
        assertContains(cli.err(), "briefkit: warning: " + thai + ": character U+0E2A ('ส')");
        assertEquals(5, cli.err().lines().count(), cli::toString);
    }
}

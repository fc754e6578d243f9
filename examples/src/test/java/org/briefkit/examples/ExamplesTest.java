package org.briefkit.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.briefkit.examples.Outputs.Entry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs each Java example's main, as a reader would, and checks what it wrote. */
class ExamplesTest {
    @TempDir
    Path dir;

    private static void assertContains(String text, String... fragments) {
        for (String fragment : fragments) {
            assertTrue(text.contains(fragment), () -> "expected '" + fragment + "' in: "
                    + text.substring(0, Math.min(600, text.length())) + "...");
        }
    }

    /** Runs a main with System.out and System.err captured; @return what it printed on System.out */
    private static String printed(ThrowingRunnable main) throws Exception {
        PrintStream savedOut = System.out;
        PrintStream savedErr = System.err;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        try {
            main.run();
        } finally {
            System.setOut(savedOut);
            System.setErr(savedErr);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private interface ThrowingRunnable {
        void run() throws Exception;
    }

    @Test
    void buildPressReleaseWritesAOnePagePdfAndADocxWithTheSameText() throws Exception {
        printed(() -> BuildPressRelease.main(new String[] {dir.toString()}));
        Path pdf = dir.resolve("press-release.pdf");
        Path docx = dir.resolve("press-release.docx");
        assertEquals(1, Outputs.pages(pdf));
        String[] shared = {"Cooling Centers Close Before Older Adults’ Homes Get Hottest", "Doors open into the evening.",
            "It takes a map, a schedule and a phone list.", "Kim Min-ji, lead author", "l.whitfield@example.org"};
        assertContains(Outputs.pdfText(pdf), shared);
        assertContains(Outputs.docxText(docx), shared);
        // The DOCX sets every part of a press release; the PDF's press-release layout is under way.
        assertContains(Outputs.docxText(docx), "EMBARGOED UNTIL 9:00 A.M. EDT, MARCH 17, 2026", "Washington, March 17, 2026",
                "Laura Whitfield, Communications Director", "About Bramblewood Institute", "###");
    }

    @Test
    void renderBothFormatsWritesTheBriefWithItsHangul() throws Exception {
        String out = printed(() -> RenderBothFormats.main(new String[] {dir.toString()}));
        assertContains(out, "brief.pdf", "brief.docx");
        Path pdf = dir.resolve("brief.pdf");
        String hangul = "무더위쉼터는 그냥 시원한 방이 아니라, 서로 안부를 묻는 곳이어야 합니다.";
        assertContains(Outputs.pdfText(pdf), "Open Late, Close By", "Park Joon-ho", hangul);
        assertContains(Outputs.docxText(dir.resolve("brief.docx")), "Open Late, Close By", hangul);
        float[] a4 = Outputs.pageSize(pdf);
        assertEquals(595, a4[0], 1);
        assertEquals(842, a4[1], 1);
    }

    @Test
    void renderBothFormatsTakesAFile() throws Exception {
        Path md = Files.writeString(dir.resolve("note.md"), "---\ntitle: A Short Note\nkind: brief\n---\n\nOne line.\n");
        printed(() -> RenderBothFormats.main(new String[] {dir.resolve("out").toString(), md.toString()}));
        assertContains(Outputs.pdfText(dir.resolve("out/note.pdf")), "A Short Note", "One line.");
        assertContains(Outputs.docxText(dir.resolve("out/note.docx")), "One line.");
    }

    @Test
    void batchRenderWritesEverySampleInBothFormats() throws Exception {
        String out = printed(() -> BatchRender.main(new String[] {dir.toString()}));
        for (String name : List.of("press-release", "brief", "report")) {
            assertTrue(Files.size(dir.resolve(name + ".pdf")) > 10_000, name);
            assertTrue(Files.size(dir.resolve(name + ".docx")) > 5_000, name);
            assertContains(out, name + ".md -> ");
        }
        assertContains(Outputs.pdfText(dir.resolve("report.pdf")), "Cool Hours", "Appendix C");
        assertContains(Outputs.docxText(dir.resolve("report.docx")), "Cool Hours", "Appendix C");
        assertTrue(Outputs.pages(dir.resolve("report.pdf")) >= 30);
    }

    @Test
    void batchRenderWritesTheGoodFilesAndFailsForTheBadOne() throws Exception {
        Path good = Files.writeString(dir.resolve("good.md"), "---\ntitle: Good\n---\n\nFine.\n");
        Path bad = Files.writeString(dir.resolve("bad.md"), "---\ntitle: [Bad\n---\n\nText.\n");
        Path out = dir.resolve("out");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> printed(
                () -> BatchRender.main(new String[] {out.toString(), bad.toString(), good.toString()})));
        assertEquals("1 of 2 documents failed", e.getMessage());
        assertTrue(Files.exists(out.resolve("good.pdf")) && Files.exists(out.resolve("good.docx")));
        assertTrue(Files.notExists(out.resolve("bad.pdf")));
    }

    @Test
    void buildMediaKitWritesAZipWhoseManifestHashesMatchItsFiles() throws Exception {
        String out = printed(() -> BuildMediaKit.main(new String[] {dir.toString()}));
        Map<String, byte[]> files = Outputs.unzip(dir.resolve("media-kit.zip"));
        List<Entry> entries = Outputs.assertManifestMatches(files);
        assertEquals(List.of("cooling-centers-close-before-older-adults-homes-get-hottest-press-release.pdf",
                "cooling-centers-close-before-older-adults-homes-get-hottest-press-release.docx",
                "open-late-close-by-brief.pdf", "open-late-close-by-brief.docx", "cool-hours-report.pdf",
                "cool-hours-report.docx"), entries.stream().map(Entry::name).toList());
        String manifest = new String(files.get("manifest.json"), StandardCharsets.UTF_8);
        assertContains(manifest, "\"embargo\": \"EMBARGOED UNTIL 9:00 A.M. EDT, MARCH 17, 2026\"");
        assertTrue(out.endsWith(manifest), "the example prints the manifest it wrote");
        assertEquals(1, Outputs.pages(files.get(entries.get(0).name())));
    }

    @Test
    void buildMediaKitGivesTheSameBytesEveryTime() throws Exception {
        printed(() -> BuildMediaKit.main(new String[] {dir.resolve("a").toString()}));
        printed(() -> BuildMediaKit.main(new String[] {dir.resolve("b").toString()}));
        assertArrayEquals(Files.readAllBytes(dir.resolve("a/media-kit.zip")), Files.readAllBytes(dir.resolve("b/media-kit.zip")));
    }
}

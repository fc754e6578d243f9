package org.briefkit.kit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.briefkit.RenderException;
import org.briefkit.model.Document;
import org.briefkit.model.DocumentKind;
import org.briefkit.model.Metadata;
import org.briefkit.model.Release;
import org.briefkit.render.Renderer;
import org.briefkit.theme.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MediaKitTest {
    @TempDir
    Path dir;

    /** Writes the title and format as text, or fails on a title that says so. */
    private static Renderer fake(String format) {
        return new Renderer() {
            @Override
            public String format() {
                return format;
            }

            @Override
            public void render(Document document, Theme theme, OutputStream out) throws IOException {
                String title = document.metadata().title();
                if (title.contains("FAIL")) {
                    out.write(new byte[4096]);
                    throw new RenderException("image 'broken.png' is damaged");
                }
                out.write((format + ":" + title).getBytes(StandardCharsets.UTF_8));
            }
        };
    }

    private static Document doc(String title, DocumentKind kind) {
        return Document.builder(Metadata.builder(title).kind(kind).build()).paragraph("Text.").build();
    }

    private static MediaKit kit(Document... documents) {
        MediaKit.Builder b = MediaKit.builder().renderer(fake("pdf")).renderer(fake("docx"));
        for (Document d : documents) {
            b.add(d);
        }
        return b.build();
    }

    @Test
    void namesFilesBySlugAndKindAndHashesThemInTheManifest() throws IOException {
        Document release = Document.builder(Metadata.builder("Harbor Institute: New Report on Tides")
                .kind(DocumentKind.PRESS_RELEASE)
                .release(Release.embargoedUntil("2026-03-15T09:00-04:00[America/New_York]")).build())
                .paragraph("Lead.").build();
        KitManifest manifest = kit(release, doc("Tides of Change", DocumentKind.REPORT)).writeFolder(dir);
        assertEquals(List.of("harbor-institute-new-report-on-tides-press-release.pdf",
                "harbor-institute-new-report-on-tides-press-release.docx", "tides-of-change-report.pdf",
                "tides-of-change-report.docx"), manifest.files().stream().map(KitFile::name).toList());
        for (KitFile file : manifest.files()) {
            byte[] bytes = Files.readAllBytes(dir.resolve(file.name()));
            assertEquals(MediaKit.sha256(bytes), file.sha256());
            assertEquals(bytes.length, file.size());
        }
        assertEquals("EMBARGOED UNTIL 9:00 A.M. EDT, MARCH 15, 2026", manifest.embargo());
        String json = Files.readString(dir.resolve("manifest.json"));
        assertTrue(json.contains("\"embargo\": \"EMBARGOED UNTIL 9:00 A.M. EDT, MARCH 15, 2026\""), json);
        assertTrue(json.contains("\"name\": \"tides-of-change-report.docx\", \"title\": \"Tides of Change\", "
                + "\"kind\": \"report\", \"format\": \"docx\""), json);
    }

    @Test
    void theZipHoldsTheSameFilesAndManifestAndIsTheSameBytesTwice() throws IOException {
        Path first = dir.resolve("kit.zip");
        Path second = dir.resolve("again.zip");
        KitManifest manifest = kit(doc("One", DocumentKind.BRIEF), doc("One", DocumentKind.BRIEF)).writeZip(first);
        kit(doc("One", DocumentKind.BRIEF), doc("One", DocumentKind.BRIEF)).writeZip(second);
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
        Map<String, byte[]> entries = unzip(first);
        assertEquals(List.of("manifest.json", "one-brief-2.docx", "one-brief-2.pdf", "one-brief.docx", "one-brief.pdf"),
                List.copyOf(entries.keySet()));
        for (KitFile file : manifest.files()) {
            assertEquals(MediaKit.sha256(entries.get(file.name())), file.sha256());
        }
        assertEquals(manifest.toJson(), new String(entries.get("manifest.json"), StandardCharsets.UTF_8));
    }

    @Test
    void aKitWhoseSecondDocumentFailsLeavesNothingBehind() throws IOException {
        Path zip = dir.resolve("kit.zip");
        RenderException e = assertThrows(RenderException.class,
                () -> kit(doc("Fine", DocumentKind.BRIEF), doc("FAIL here", DocumentKind.BRIEF)).writeZip(zip));
        assertTrue(e.getMessage().contains("document 2 ('FAIL here') as pdf failed: image 'broken.png' is damaged"),
                e.getMessage());
        assertFalse(Files.exists(zip));
        Path folder = dir.resolve("kit");
        assertThrows(RenderException.class,
                () -> kit(doc("Fine", DocumentKind.BRIEF), doc("FAIL here", DocumentKind.BRIEF)).writeFolder(folder));
        assertFalse(Files.exists(folder));
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(), left.toList());
        }
    }

    @Test
    void aFailureAtEachFileOfAFolderKitLeavesThePreviousKitByteIdenticalAndNoTemporaryFolder() throws IOException {
        Path folder = dir.resolve("kit");
        kit(doc("Old One", DocumentKind.BRIEF), doc("Old Two", DocumentKind.REPORT)).writeFolder(folder);
        Map<String, byte[]> before = snapshot(folder);
        assertEquals(5, before.size(), "four documents and the manifest");
        MediaKit next = kit(doc("New One", DocumentKind.BRIEF), doc("New Two", DocumentKind.REPORT));
        for (int failAt = 0; failAt < 5; failAt++) {
            int[] written = {0};
            int at = failAt;
            KitFolder.FileWriter fullDisk = (file, bytes) -> {
                if (written[0]++ == at) {
                    Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));
                    throw new IOException(file.getFileName() + ": No space left on device");
                }
                KitFolder.SYNCED.write(file, bytes);
            };
            assertThrows(IOException.class, () -> next.writeFolder(folder, fullDisk), "failing at file " + at);
            assertEquals(at + 1, written[0], "the failure was injected at file " + at);
            assertSnapshotEquals(before, snapshot(folder));
            assertEquals(List.of(folder), listing(dir), "no temporary folder after a failure at file " + at);
        }
        assertThrows(RenderException.class,
                () -> kit(doc("Fine", DocumentKind.BRIEF), doc("FAIL here", DocumentKind.BRIEF)).writeFolder(folder));
        assertSnapshotEquals(before, snapshot(folder));
        assertEquals(List.of(folder), listing(dir));
    }

    @Test
    void aSecondKitInTheSameFolderReplacesTheFirstWholly() throws IOException {
        Path folder = dir.resolve("kit");
        kit(doc("Old One", DocumentKind.BRIEF), doc("Old Two", DocumentKind.REPORT)).writeFolder(folder);
        KitManifest manifest = kit(doc("New", DocumentKind.PRESS_RELEASE)).writeFolder(folder);
        assertEquals(List.of("manifest.json", "new-press-release.docx", "new-press-release.pdf"),
                List.copyOf(snapshot(folder).keySet()));
        assertEquals(manifest.toJson(), Files.readString(folder.resolve("manifest.json")));
        assertEquals(List.of(folder), listing(dir), "no old or temporary folder is left beside it");
    }

    @Test
    void aFolderThatIsNotAKitIsRefusedBeforeRenderingAndLeftAlone() throws IOException {
        Path notes = dir.resolve("notes");
        Files.createDirectories(notes);
        Files.writeString(notes.resolve("todo.txt"), "mine");
        Path webApp = dir.resolve("app");
        Files.createDirectories(webApp.resolve("icons"));
        Files.writeString(webApp.resolve("manifest.json"), "{\"name\": \"My App\"}");
        Path kitWithSubfolder = dir.resolve("kit");
        kit(doc("Old", DocumentKind.BRIEF)).writeFolder(kitWithSubfolder);
        Files.createDirectories(kitWithSubfolder.resolve("drafts"));
        Path file = dir.resolve("file");
        Files.writeString(file, "text");
        Map<Path, String> expected = Map.of(
                notes, "is not empty and holds no manifest.json written by Briefkit",
                webApp, "holds 'icons', which is not a plain file",
                kitWithSubfolder, "holds 'drafts', which is not a plain file",
                file, "is a file, not a folder",
                Path.of(""), "is the current folder or holds it");
        for (Map.Entry<Path, String> e : expected.entrySet()) {
            // A failing document proves the refusal comes before any rendering.
            var refusal = assertThrows(org.briefkit.BriefkitException.class,
                    () -> kit(doc("FAIL here", DocumentKind.BRIEF)).writeFolder(e.getKey()));
            assertFalse(refusal instanceof RenderException, refusal.getMessage());
            assertTrue(refusal.getMessage().startsWith("media kit folder '" + e.getKey() + "' " + e.getValue()),
                    refusal.getMessage());
            assertTrue(refusal.getMessage().endsWith("give a new or empty folder, or one that holds an earlier kit"),
                    refusal.getMessage());
        }
        assertEquals("mine", Files.readString(notes.resolve("todo.txt")));
        assertTrue(Files.isDirectory(webApp.resolve("icons")));
        assertTrue(Files.isDirectory(kitWithSubfolder.resolve("drafts")));
        Path empty = Files.createDirectories(dir.resolve("empty"));
        kit(doc("New", DocumentKind.BRIEF)).writeFolder(empty);
        assertEquals(3, snapshot(empty).size());
    }

    private static Map<String, byte[]> snapshot(Path folder) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        for (Path file : listing(folder)) {
            files.put(file.getFileName().toString(), Files.readAllBytes(file));
        }
        return files;
    }

    private static void assertSnapshotEquals(Map<String, byte[]> expected, Map<String, byte[]> actual) {
        assertEquals(expected.keySet(), actual.keySet());
        for (String name : expected.keySet()) {
            assertArrayEquals(expected.get(name), actual.get(name), name);
        }
    }

    private static List<Path> listing(Path folder) throws IOException {
        try (Stream<Path> paths = Files.list(folder)) {
            return paths.sorted().toList();
        }
    }

    @Test
    void slugsAreAsciiWordsAndNeverEmpty() {
        assertEquals("peninsula-plus-u-s-rok-cooperation", Slugs.of("Peninsula Plus: U.S.–ROK Cooperation"));
        assertEquals("cafe-resume", Slugs.of("Café Résumé"));
        assertEquals("document", Slugs.of("한반도 협력"));
        assertTrue(Slugs.of("word ".repeat(40)).length() <= 60);
    }

    private static Map<String, byte[]> unzip(Path zip) throws IOException {
        Map<String, byte[]> entries = new TreeMap<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        return entries;
    }
}

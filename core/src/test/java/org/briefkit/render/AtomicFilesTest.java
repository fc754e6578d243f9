package org.briefkit.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.briefkit.RenderException;
import org.briefkit.model.Document;
import org.briefkit.model.Metadata;
import org.briefkit.theme.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path dir;

    @Test
    void writesANewFile() throws IOException {
        Path file = dir.resolve("sub/brief.pdf");
        AtomicFiles.write(file, out -> out.write("new".getBytes(StandardCharsets.US_ASCII)));
        assertEquals("new", Files.readString(file));
        assertEquals(List.of(file), listing(file.getParent()));
    }

    @Test
    void aRendererThatThrowsHalfwayLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path file = dir.resolve("brief.pdf");
        Files.writeString(file, "the good one");
        Renderer failing = new Renderer() {
            @Override
            public String format() {
                return "test";
            }

            @Override
            public void render(Document document, Theme theme, OutputStream out) throws IOException {
                out.write(new byte[100_000]);
                throw new RenderException("image 'chart.png' cannot be decoded");
            }
        };
        Document doc = Document.builder(Metadata.builder("T").build()).paragraph("x").build();
        RenderException e = assertThrows(RenderException.class, () -> failing.render(doc, Theme.letter(), file));
        assertEquals("image 'chart.png' cannot be decoded", e.getMessage());
        assertEquals("the good one", Files.readString(file));
        assertEquals(List.of(file), listing(dir));
    }

    @Test
    void aFailingStreamLeavesTheOldFileIntact() throws IOException {
        Path file = dir.resolve("kit.docx");
        byte[] old = {1, 2, 3};
        Files.write(file, old);
        assertThrows(IOException.class, () -> AtomicFiles.write(file, out -> {
            out.write(new byte[1 << 20]);
            throw new IOException("No space left on device");
        }));
        assertArrayEquals(old, Files.readAllBytes(file));
        assertEquals(List.of(file), listing(dir));
    }

    @Test
    void replacesTheOldFileWhenRenderingSucceeds() throws IOException {
        Path file = dir.resolve("brief.pdf");
        Files.writeString(file, "old");
        AtomicFiles.write(file, out -> out.write("new".getBytes(StandardCharsets.US_ASCII)));
        assertEquals("new", Files.readString(file));
        assertEquals(List.of(file), listing(dir));
    }

    private static List<Path> listing(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }

    @Test
    void newFilesAreReadableByOthersAndReplacedFilesKeepTheirPermissions() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(
                dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path file = dir.resolve("new.pdf");
        AtomicFiles.write(file, out -> out.write(1));
        assertEquals("rw-r--r--", java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(file)));
        Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw----"));
        AtomicFiles.write(file, out -> out.write(2));
        assertEquals("rw-rw----", java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(file)));
    }

    @Test
    void aNameOfTwoHundredAndFortyFiveCharactersGetsATemporaryFileThatFits() throws IOException {
        // 245 bytes is legal for the target; ".<name>.<random>.tmp" beside it would not be (255 at most).
        Path file = dir.resolve("r".repeat(241) + ".pdf");
        AtomicFiles.write(file, out -> out.write(1));
        assertEquals(List.of(file), listing(dir));
        // The same with letters of two bytes each in UTF-8: 120 of them are 240 bytes.
        Path accented = dir.resolve("\u00e9".repeat(120) + ".pdf");
        AtomicFiles.write(accented, out -> out.write(2));
        assertEquals(1, Files.readAllBytes(accented).length);
    }

    @Test
    void aMissingFolderIsNamedInWordsWithTheUsersPath() throws IOException {
        Files.writeString(dir.resolve("file"), "not a folder");
        Path under = dir.resolve("file/x.pdf");
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(under, out -> out.write(1)));
        assertEquals("cannot write " + under + ": " + dir.resolve("file") + " is a file, not a folder", e.getMessage());
        assertNoInternals(e.getMessage());
    }

    @Test
    void aFolderThatCannotBeWrittenIsNamedInWords() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(
                dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path locked = Files.createDirectory(dir.resolve("locked"));
        Files.setPosixFilePermissions(locked, java.nio.file.attribute.PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            org.junit.jupiter.api.Assumptions.assumeFalse(Files.isWritable(locked), "running as a user who may write anywhere");
            Path target = locked.resolve("x.pdf");
            IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(target, out -> out.write(1)));
            assertEquals("cannot write " + target + ": permission denied", e.getMessage());
        } finally {
            Files.setPosixFilePermissions(locked, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void aFailingStreamIsReportedWithTheTargetNotTheTemporaryFile() {
        Path file = dir.resolve("brief.pdf");
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(file, out -> {
            throw new java.nio.file.FileSystemException(dir.resolve(".brief.pdf.123.tmp").toString(), null,
                    "No space left on device");
        }));
        assertEquals("cannot write " + file + ": the disk is full", e.getMessage());
        assertNoInternals(e.getMessage());
    }

    private static void assertNoInternals(String message) {
        org.junit.jupiter.api.Assertions.assertFalse(message.contains(".tmp") || message.contains("Exception")
                || message.contains("java."), message);
    }
}

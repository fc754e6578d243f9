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
}

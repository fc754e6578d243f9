package org.briefkit.reliability;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.briefkit.BriefkitException;
import org.briefkit.RenderException;
import org.briefkit.kit.MediaKit;
import org.briefkit.model.Document;
import org.briefkit.model.Metadata;
import org.briefkit.pdf.PdfOptions;
import org.briefkit.pdf.PdfRenderer;
import org.briefkit.render.AtomicFiles;
import org.briefkit.render.Renderer;
import org.briefkit.theme.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A render that fails halfway (the renderer gives up, the stream fails as on a full disk, the
 * thread is out of memory) leaves the previous file as it was and no temporary file behind; a
 * failing stream surfaces as an {@link IOException}, never as a library's own runtime wrapper.
 */
class AtomicOutputTest {
    @TempDir
    Path dir;

    private static final Document GOOD = Document.builder(Metadata.builder("The good version").build())
            .paragraph("Everything here rendered. ".repeat(400)).build();
    /** A character no font has: the strict PDF renderer fails on it, late, after layout began. */
    private static final Document BAD = Document.builder(Metadata.builder("The bad version").build())
            .paragraph("Fine text. ".repeat(400)).paragraph("Then \uDBFF\uDFFD.").build();
    private static final Renderer STRICT_PDF = PdfRenderer.create(PdfOptions.builder().systemFonts(false)
            .missingGlyphs(PdfOptions.MissingGlyphs.FAIL).build());

    private List<Path> files() throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.sorted().toList();
        }
    }

    @Test
    void aRenderThatFailsLeavesThePreviousFileAndNoTemporaryFile() throws IOException {
        Path target = dir.resolve("brief.pdf");
        STRICT_PDF.render(GOOD, Theme.letter(), target);
        byte[] before = Files.readAllBytes(target);
        RenderException e = assertThrows(RenderException.class, () -> STRICT_PDF.render(BAD, Theme.letter(), target));
        assertTrue(e.getMessage().contains("U+10FFFD"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(target), "the previous file is intact");
        assertEquals(List.of(target), files(), "no temporary file is left");
    }

    @Test
    void aStreamThatFailsHalfwayAsOnAFullDiskLeavesThePreviousFile() throws IOException {
        for (Renderer renderer : List.of(Renders.pdf(new java.util.ArrayList<>()), Renders.docx())) {
            Path target = dir.resolve("brief." + renderer.extension());
            renderer.render(GOOD, Theme.letter(), target);
            byte[] before = Files.readAllBytes(target);
            for (long after : new long[] {0, 1, 100, 4_096, before.length / 2, before.length - 1}) {
                IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(target,
                        out -> renderer.render(GOOD, Theme.letter(), new FailAfter(out, after, false))),
                        renderer.format() + " failing after " + after + " bytes");
                assertTrue(String.valueOf(e.getMessage()).contains("No space left on device")
                        || e.getCause() != null, renderer.format() + ": " + e);
                assertArrayEquals(before, Files.readAllBytes(target), renderer.format() + " after " + after);
                assertEquals(1, files().stream().filter(f -> f.getFileName().toString().contains(
                        "brief." + renderer.extension())).count(), "no temporary file is left: " + files());
            }
        }
    }

    @Test
    void aFailingStreamIsReportedAsAnIoExceptionByBothRenderers() {
        for (Renderer renderer : List.of(Renders.pdf(new java.util.ArrayList<>()), Renders.docx())) {
            for (long after : new long[] {0, 10, 5_000}) {
                OutputStream nowhere = new FailAfter(OutputStream.nullOutputStream(), after, false);
                Throwable t = assertThrows(Throwable.class, () -> renderer.render(GOOD, Theme.letter(), nowhere));
                assertTrue(t instanceof IOException, renderer.format() + " after " + after
                        + " bytes threw " + t + ", not an IOException");
            }
        }
    }

    @Test
    void anErrorMidRenderLeavesThePreviousFileAndNoTemporaryFile() throws IOException {
        Path target = dir.resolve("brief.docx");
        Renders.docx().render(GOOD, Theme.letter(), target);
        byte[] before = Files.readAllBytes(target);
        assertThrows(OutOfMemoryError.class, () -> AtomicFiles.write(target,
                out -> Renders.docx().render(GOOD, Theme.letter(), new FailAfter(out, 3_000, true))));
        assertArrayEquals(before, Files.readAllBytes(target));
        assertEquals(List.of(target), files());
    }

    @Test
    void aMediaKitWithAFailingDocumentLeavesThePreviousZip() throws IOException {
        Path zip = dir.resolve("kit.zip");
        MediaKit.builder().add(GOOD).build().writeZip(zip);
        byte[] before = Files.readAllBytes(zip);
        MediaKit failing = MediaKit.builder().add(GOOD).add(BAD).renderer(STRICT_PDF).build();
        assertThrows(BriefkitException.class, () -> failing.writeZip(zip));
        assertArrayEquals(before, Files.readAllBytes(zip));
        assertEquals(List.of(zip), files());
    }

    /** Passes bytes through until a count, then fails as a full disk does (or with an Error). */
    static final class FailAfter extends FilterOutputStream {
        private final long limit;
        private final boolean error;
        private long written;

        FailAfter(OutputStream out, long limit, boolean error) {
            super(out);
            this.limit = limit;
            this.error = error;
        }

        @Override
        public void write(int b) throws IOException {
            check(1);
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            check(len);
            out.write(b, off, len);
        }

        private void check(int n) throws IOException {
            if (written + n > limit) {
                if (error) {
                    throw new OutOfMemoryError("simulated");
                }
                throw new IOException("No space left on device");
            }
            written += n;
        }
    }
}

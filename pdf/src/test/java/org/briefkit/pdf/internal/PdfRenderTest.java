package org.briefkit.pdf.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.briefkit.RenderException;
import org.briefkit.model.Document;
import org.briefkit.pdf.Fixtures;
import org.briefkit.pdf.internal.layout.LaidOutDocument;
import org.briefkit.pdf.internal.layout.Page;
import org.briefkit.render.Renderer;
import org.briefkit.theme.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A render checks its layout for lost words before it writes a byte. */
class PdfRenderTest {

    /** A renderer whose layout loses its last page, as a layout bug would. */
    private static Renderer losingTheLastPage() {
        UnaryOperator<LaidOutDocument> lose = laidOut -> {
            List<Page> pages = new ArrayList<>(laidOut.pages());
            pages.remove(pages.size() - 1);
            return new LaidOutDocument(pages, laidOut.headings());
        };
        return new Renderer() {
            @Override
            public String format() {
                return "pdf";
            }

            @Override
            public void render(Document document, Theme theme, OutputStream out) throws IOException {
                new PdfRender(Fixtures.options(w -> { }), document, theme, lose).write(out);
            }
        };
    }

    private static Document twoPages() {
        return Document.builder(Fixtures.metadata("Two pages"))
                .paragraph(Fixtures.words(new java.util.Random(3), 700))
                .paragraph("The closing paragraph ends with the word wallaby.").build();
    }

    @Test
    void aLayoutThatLosesTextFailsTheRenderAndWritesNoFile(@TempDir Path dir) throws IOException {
        Document doc = twoPages();
        assertTrue(Fixtures.layout(doc, Fixtures.theme()).pages().size() >= 2, "the text reaches a second page");
        Path target = dir.resolve("lost.pdf");
        RenderException e = assertThrows(RenderException.class,
                () -> losingTheLastPage().render(doc, Fixtures.theme(), target));
        assertTrue(e.getMessage().startsWith("the PDF layout lost the word '"), e.getMessage());
        assertFalse(Files.exists(target), "no file");
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(0, left.count(), "no temporary file either");
        }

        Path existing = dir.resolve("existing.pdf");
        byte[] before = Fixtures.render(doc, Fixtures.theme());
        Files.write(existing, before);
        assertThrows(RenderException.class, () -> losingTheLastPage().render(doc, Fixtures.theme(), existing));
        assertArrayEquals(before, Files.readAllBytes(existing), "a file already there is left as it was");

        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        assertThrows(RenderException.class, () -> losingTheLastPage().render(doc, Fixtures.theme(), stream));
        assertEquals(0, stream.size(), "not a byte written to a stream");
    }
}

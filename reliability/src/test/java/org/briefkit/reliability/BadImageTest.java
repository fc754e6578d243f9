package org.briefkit.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.briefkit.InvalidDocumentException;
import org.briefkit.markdown.MarkdownException;
import org.briefkit.markdown.MarkdownLimits;
import org.briefkit.markdown.MarkdownReader;
import org.briefkit.model.Document;
import org.briefkit.model.Figure;
import org.briefkit.model.Image;
import org.briefkit.model.ImageLimits;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Catalogue: images that are missing, damaged, too big, of another kind, or out of bounds (see docs/RELIABILITY.md). */
class BadImageTest {
    @TempDir
    Path root;
    private Path dir;

    @BeforeEach
    void files() throws IOException {
        dir = BadFiles.writeImages(root);
    }

    /** Reads a document whose body is one image reference; @return the error, positioned at it. */
    private MarkdownException refused(MarkdownReader reader, String target) {
        String md = "---\ntitle: Images\n---\n\nBefore.\n\n![A picture](" + target + ")\n";
        MarkdownException e = assertThrows(MarkdownException.class, () -> reader.read(md, dir, "images.md"),
                target + " is refused");
        assertEquals(7, e.line(), "the error points at the image's line: " + e.getMessage());
        assertTrue(e.column() >= 1, e.getMessage());
        return e;
    }

    private MarkdownException refused(String target) {
        return refused(MarkdownReader.standard(), target);
    }

    private static void says(MarkdownException e, String words) {
        assertTrue(e.getMessage().contains(words), e.getMessage());
    }

    @Test
    void aGoodPngAndJpegAreRead() {
        Document doc = MarkdownReader.standard().read("---\ntitle: Images\n---\n\n![A chart](chart.png)\n\n"
                + "![A photo](photo.jpg)\n", dir, "images.md");
        assertEquals(2, doc.body().stream().filter(b -> b instanceof Figure).count());
        Rendered.of(doc);
    }

    @Test
    void aMissingImageFileIsAnErrorAtItsLine() {
        says(refused("nope.png"), "image file 'nope.png' was not found");
    }

    @Test
    void aPngWithAGoodHeaderAndBrokenDataIsRefusedWhenRead() throws IOException {
        says(refused("corrupt.png"), "is damaged: PNG picture data is not a valid zlib stream");
        InvalidDocumentException e = assertThrows(InvalidDocumentException.class,
                () -> Image.of(Files.readAllBytes(dir.resolve("corrupt.png")), "corrupt.png"));
        assertEquals("image 'corrupt.png'", e.field());
    }

    @Test
    void aJpegCutShortIsRefusedWhenRead() {
        says(refused("truncated.jpg"), "is damaged");
    }

    @Test
    void aDecompressionBombIsRefusedFromItsHeader() throws IOException {
        says(refused("bomb.png"), "claims 50000 x 50000 pixels; the limit is 40000000 pixels");
        byte[] bomb = Files.readAllBytes(dir.resolve("bomb.png"));
        assertTrue(bomb.length < 100, "the file is tiny: " + bomb.length);
        assertThrows(InvalidDocumentException.class, () -> Image.of(bomb, "bomb.png"));
    }

    @Test
    void anSvgGifOrOtherFormatIsRefusedByName() throws IOException {
        says(refused("logo.svg"), "is an SVG drawing; only PNG and JPEG images are supported");
        says(refused("anim.gif"), "is a GIF image");
        Files.write(dir.resolve("doc.png"), "%PDF-1.4".getBytes(StandardCharsets.ISO_8859_1));
        says(refused("doc.png"), "is a PDF file");
    }

    @Test
    void aPathThatEscapesTheDocumentFolderIsRefused() {
        says(refused("../../etc/passwd"), "leads outside the Markdown file's folder");
        says(refused("%2e%2e/%2e%2e/etc/passwd"), "leads outside the Markdown file's folder");
        says(refused("sub/../../secret.png"), "leads outside");
        says(refused("/etc/passwd"), "is absolute");
        says(refused("C:/Windows/win.ini"), "is absolute");
        says(refused("file:///etc/passwd"), "uses the scheme 'file:'");
        says(refused("data:image/png;base64,iVBORw0KGgo="), "uses the scheme 'data:'");
    }

    @Test
    void aSymbolicLinkOutOfTheFolderIsRefused() {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isSymbolicLink(dir.resolve("link-out.png")),
                "this file system makes no symbolic links");
        says(refused("link-out.png"), "is a link to");
    }

    @Test
    void aRemoteImageIsNotFetchedUnlessAllowed() throws IOException {
        try (LocalServer server = new LocalServer()) {
            says(refused(server.url("/ok.png")), "remote images are turned off");
            says(refused(server.url("/ok.png").replace("http:", "https:")), "remote images are turned off");
            assertEquals(java.util.List.of(), server.requests(), "no connection was made");
        }
    }

    @Test
    void anAllowedRemoteImageIsFetchedWithinItsSizeAndTimeLimits() throws IOException {
        MarkdownReader remote = MarkdownReader.builder().allowRemoteImages(true)
                .imageLimits(new ImageLimits(64 * 1024, 40_000_000))
                .limits(MarkdownLimits.DEFAULT.withDeadline(Duration.ofSeconds(2))).build();
        try (LocalServer server = new LocalServer()) {
            Document doc = remote.read("---\ntitle: T\n---\n\n![Remote](" + server.url("/ok.png") + ")\n", dir, "r.md");
            assertTrue(doc.body().get(0) instanceof Figure);
            says(refused(remote, server.url("/big.png")), "larger than the limit of 65536 bytes");
            // The server waits 20 s before it answers, ten times the read's deadline: however busy the
            // machine, the fetch's own timeout (the time left before the deadline) or the deadline ends it.
            MarkdownException slow = refused(remote, server.url("/slow.png"));
            assertTrue(slow.getMessage().contains("did not arrive within")
                    || slow.getMessage().contains("within 2 s (MarkdownLimits.deadline)"), slow.getMessage());
            says(refused(remote, server.url("/page.html")), "not an image Briefkit recognises");
            says(refused(remote, server.url("/missing.png")), "the server answered 404");
        }
    }
}

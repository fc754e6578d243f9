package org.briefkit.markdown;

import static org.briefkit.markdown.Read.assertError;
import static org.briefkit.markdown.Read.error;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.briefkit.model.Attr;
import org.briefkit.model.Block;
import org.briefkit.model.Emphasis;
import org.briefkit.model.Figure;
import org.briefkit.model.ImageFormat;
import org.briefkit.model.ImageLimits;
import org.briefkit.model.Link;
import org.briefkit.model.Paragraph;
import org.briefkit.model.Span;
import org.briefkit.model.Text;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Figures, and the rules on where their images may come from. */
class FigureTest {
    @TempDir
    Path folder;

    private List<Block> body(String markdown) {
        return Read.doc(Read.TITLE + markdown, folder).body();
    }

    private MarkdownException failure(String markdown) {
        return error(Read.TITLE + markdown, folder);
    }

    @Test
    void imageAloneInAParagraphIsAFigureWithCaptionCreditAndAttributes() throws IOException {
        byte[] png = TestImages.png(3, 2);
        Files.createDirectories(folder.resolve("img"));
        Files.write(folder.resolve("img/chart.png"), png);
        Figure figure = (Figure) body("![Rainfall by month](img/chart.png \"Rain in *2025*\")"
                + "{#fig:rain .wide credit=\"Source: [Met Office](https://example.org)\"}\n").get(0);
        assertEquals(new Attr("fig:rain", List.of("wide"), Map.of()), figure.attr());
        assertEquals("Rainfall by month", figure.altText());
        assertEquals(List.of(new Text("Rain in "), Emphasis.of("2025")), figure.caption());
        assertEquals(List.of(new Text("Source: "), Link.to("https://example.org", "Met Office")), figure.credit());
        assertArrayEquals(png, figure.image().data());
        assertEquals(ImageFormat.PNG, figure.image().format());
        assertEquals(3, figure.image().widthPx());
    }

    @Test
    void referenceImageAloneIsAFigureToo() throws IOException {
        Files.write(folder.resolve("a b.png"), TestImages.png(1, 1));
        Figure figure = (Figure) body("![A dot][dot]\n\n[dot]: a%20b.png \"Caption\"\n").get(0);
        assertEquals("A dot", figure.altText());
        assertEquals(List.of(new Text("Caption")), figure.caption());
    }

    @Test
    void imageInRunningTextIsNotLoaded() {
        assertEquals(List.of(Paragraph.of(new Text("See "), new Span(Attr.classes("image"), List.of(new Text("x"))))),
                body("See ![x](../../../etc/passwd)\n"));
    }

    @Test
    void figureWithoutAltTextIsAnErrorAtTheImage() throws IOException {
        Files.write(folder.resolve("c.png"), TestImages.png(1, 1));
        assertError(failure("Intro.\n\n  ![](c.png)\n"), 6, 3, "no alt text");
    }

    @Test
    void pathThatClimbsOutOfTheFolderIsRefused() {
        assertError(failure("![Secrets](../../etc/passwd)\n"), 4, 1, "leads outside the Markdown file's folder");
    }

    @Test
    void absolutePathIsRefused() {
        assertError(failure("![Secrets](/etc/passwd)\n"), 4, 1, "is absolute");
        assertError(failure("![Secrets](file:///etc/passwd)\n"), 4, 1, "scheme 'file:'");
    }

    @Test
    void symbolicLinkToAFileOutsideTheFolderIsRefused(@TempDir Path outside) throws IOException {
        Path secret = Files.write(outside.resolve("secret.png"), TestImages.png(1, 1));
        try {
            Files.createSymbolicLink(folder.resolve("innocent.png"), secret);
        } catch (UnsupportedOperationException | IOException e) {
            Assumptions.abort("symbolic links are not available here: " + e);
        }
        assertError(failure("![Chart](innocent.png)\n"), 4, 1, "is a link to");
    }

    @Test
    void symbolicLinkInsideTheFolderIsFollowed() throws IOException {
        Path real = Files.write(folder.resolve("real.png"), TestImages.png(1, 1));
        try {
            Files.createSymbolicLink(folder.resolve("alias.png"), real);
        } catch (UnsupportedOperationException | IOException e) {
            Assumptions.abort("symbolic links are not available here: " + e);
        }
        assertInstanceOf(Figure.class, body("![Chart](alias.png)\n").get(0));
    }

    @Test
    void svgAndGifAreRefusedSayingWhatTheyAre() throws IOException {
        Files.write(folder.resolve("d.svg"), TestImages.svg());
        Files.write(folder.resolve("e.gif"), TestImages.gif());
        assertError(failure("![Drawing](d.svg)\n"), 4, 1, "is an SVG drawing; only PNG and JPEG images are supported");
        assertError(failure("![Animation](e.gif)\n"), 4, 1, "is a GIF image");
    }

    @Test
    void damagedHeaderIsRefused() throws IOException {
        Files.write(folder.resolve("bad.png"), TestImages.corruptPng());
        assertError(failure("![Broken](bad.png)\n"), 4, 1, "is damaged");
    }

    @Test
    void decompressionBombIsRefusedFromItsHeader() throws IOException {
        Files.write(folder.resolve("bomb.png"), TestImages.bomb());
        assertError(failure("![Huge](bomb.png)\n"), 4, 1, "claims 50000 x 50000 pixels");
    }

    @Test
    void missingFileIsAnErrorNamingWhereItWasLookedFor() {
        MarkdownException e = failure("![Gone](gone.png)\n");
        assertError(e, 4, 1, "was not found");
        assertEquals(true, e.problem().contains(folder.resolve("gone.png").toString()), e.getMessage());
    }

    @Test
    void otherSchemesAreRefused() {
        assertError(failure("![Inline](data:image/png;base64,AAAA)\n"), 4, 1, "scheme 'data:'");
    }

    @Test
    void textWithoutAFolderCannotLoadImages() {
        assertError(error(Read.TITLE + "![Chart](c.png)\n"), 4, 1, "without a folder");
    }

    @Test
    void remoteImageIsRefusedByDefault() {
        assertError(failure("![Remote](https://example.org/chart.png)\n"), 4, 1, "remote images are turned off");
    }

    @Test
    void remoteImageIsFetchedWhenAllowed() throws IOException {
        byte[] png = TestImages.png(2, 2);
        HttpServer server = serve(Map.of("/chart.png", png, "/big.png", new byte[5_000]));
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            MarkdownReader reader = MarkdownReader.builder().allowRemoteImages(true)
                    .imageLimits(new ImageLimits(2_000, 1_000_000)).build();
            Figure figure = (Figure) reader.read(Read.TITLE + "![Remote](" + base + "/chart.png)\n", folder, "test.md")
                    .body().get(0);
            assertArrayEquals(png, figure.image().data());
            assertEquals("chart.png", figure.image().name());
            MarkdownException missing = org.junit.jupiter.api.Assertions.assertThrows(MarkdownException.class,
                    () -> reader.read(Read.TITLE + "![Remote](" + base + "/none.png)\n", folder, "test.md"));
            assertError(missing, 4, 1, "answered 404");
            MarkdownException big = org.junit.jupiter.api.Assertions.assertThrows(MarkdownException.class,
                    () -> reader.read(Read.TITLE + "![Remote](" + base + "/big.png)\n", folder, "test.md"));
            assertError(big, 4, 1, "larger than the limit of 2000 bytes");
        } finally {
            server.stop(0);
        }
    }

    private static HttpServer serve(Map<String, byte[]> files) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            byte[] body = files.get(exchange.getRequestURI().getPath());
            exchange.sendResponseHeaders(body == null ? 404 : 200, body == null ? -1 : body.length);
            if (body != null) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
            exchange.close();
        });
        server.start();
        return server;
    }
}

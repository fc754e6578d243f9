package org.briefkit.markdown;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.briefkit.model.PngBytes;

/** Small image files made in memory: real PNGs, a decompression bomb's header, and formats Briefkit refuses. */
final class TestImages {
    private TestImages() {
    }

    /** @return a valid RGB PNG of the given size */
    static byte[] png(int width, int height) {
        byte[] row = new byte[1 + 3 * width];
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        for (int y = 0; y < height; y++) {
            raw.write(row, 0, row.length);
        }
        return PngBytes.rgb(width, height, PngBytes.deflate(raw.toByteArray()));
    }

    /**
     * @return a PNG whose header claims 50,000 x 50,000 pixels with a correct checksum: a
     *         decompression bomb's header, refused before anything is decoded
     */
    static byte[] bomb() {
        return PngBytes.rgb(50_000, 50_000, new byte[] {0x78, (byte) 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01});
    }

    /** @return a PNG whose header checksum is wrong */
    static byte[] corruptPng() {
        byte[] png = png(2, 2);
        png[29] ^= 0x55;
        return png;
    }

    /** @return a real JPEG of the given size, encoded by ImageIO (a header alone is refused as damaged) */
    static byte[] jpeg(int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(width, height,
                    java.awt.image.BufferedImage.TYPE_INT_RGB), "jpg", out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** @return the start of a GIF file */
    static byte[] gif() {
        return "GIF89a\u0001\u0000\u0001\u0000\u0000\u0000\u0000;".getBytes(StandardCharsets.ISO_8859_1);
    }

    /** @return a small SVG drawing */
    static byte[] svg() {
        return "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"/>\n"
                .getBytes(StandardCharsets.UTF_8);
    }
}

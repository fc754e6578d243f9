package org.briefkit.markdown;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

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
        Deflater deflater = new Deflater();
        deflater.setInput(raw.toByteArray());
        deflater.finish();
        byte[] buffer = new byte[raw.size() + 64];
        int length = deflater.deflate(buffer);
        byte[] idat = new byte[length];
        System.arraycopy(buffer, 0, idat, 0, length);
        return pngWith(width, height, idat);
    }

    /**
     * @return a PNG whose header claims 50,000 x 50,000 pixels with a correct checksum: a
     *         decompression bomb's header, refused before anything is decoded
     */
    static byte[] bomb() {
        return pngWith(50_000, 50_000, new byte[] {0x78, (byte) 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01});
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

    private static byte[] pngWith(int width, int height, byte[] idat) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        chunk(out, "IHDR", ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2)
                .put((byte) 0).put((byte) 0).put((byte) 0).array());
        chunk(out, "IDAT", idat);
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(name);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}

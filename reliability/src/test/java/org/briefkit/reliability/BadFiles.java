package org.briefkit.reliability;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.CRC32;

/**
 * Image files good and bad, made in code: a real PNG and JPEG, a PNG whose header is right and
 * whose picture data is not, a JPEG cut short, a PNG claiming 50,000 x 50,000 pixels, an SVG, a
 * GIF, and a symbolic link to a file outside the folder.
 */
final class BadFiles {
    private BadFiles() {
    }

    /**
     * Writes chart.png, photo.jpg, lalune.jpg, corrupt.png, truncated.jpg, bomb.png, logo.svg,
     * anim.gif and link-out.png (a link to {@code ../outside/secret.png}) into {@code root/doc}.
     *
     * @param root a temporary folder
     * @return the document folder, {@code root/doc}
     */
    static Path writeImages(Path root) throws IOException {
        Path folder = Files.createDirectories(root.resolve("doc"));
        Files.write(folder.resolve("chart.png"), Pictures.png(120, 60));
        Files.write(folder.resolve("photo.jpg"), Pictures.jpeg(64, 48));
        Files.write(folder.resolve("lalune.jpg"), Pictures.jpeg(8, 8)); // pandoc's test suite shows it
        Files.write(folder.resolve("corrupt.png"), corruptPng());
        Files.write(folder.resolve("truncated.jpg"), truncatedJpeg());
        Files.write(folder.resolve("bomb.png"), pngClaiming(50_000, 50_000));
        Files.writeString(folder.resolve("logo.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>");
        Files.write(folder.resolve("anim.gif"), "GIF89a\u0001\u0000\u0001\u0000".getBytes(StandardCharsets.ISO_8859_1));
        Path outside = Files.createDirectories(root.resolve("outside"));
        Path secret = outside.resolve("secret.png");
        Files.write(secret, Pictures.png(2, 2));
        Path link = folder.resolve("link-out.png");
        if (!Files.exists(link, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            try {
                Files.createSymbolicLink(link, secret);
            } catch (UnsupportedOperationException | IOException e) {
                // A file system without links: the case then reads a plain missing file.
            }
        }
        return folder;
    }

    /** @return a PNG with a right signature, header and checksums, and picture data that is not zlib */
    static byte[] corruptPng() {
        byte[] good = Pictures.png(40, 20);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(good, 0, 33); // signature and IHDR, checksum and all
        byte[] junk = new byte[64];
        Arrays.fill(junk, (byte) 0x5A);
        chunk(out, "IDAT", junk);
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    /** @return a real JPEG cut in the middle of its picture data (no end-of-image marker) */
    static byte[] truncatedJpeg() {
        byte[] good = Pictures.jpeg(64, 48);
        return Arrays.copyOf(good, good.length * 2 / 3);
    }

    /** @return a small PNG whose header claims the given size, with a valid header checksum */
    static byte[] pngClaiming(int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        byte[] ihdr = new byte[13];
        put32(ihdr, 0, width);
        put32(ihdr, 4, height);
        ihdr[8] = 8;
        ihdr[9] = 2;
        chunk(out, "IHDR", ihdr);
        chunk(out, "IDAT", new byte[] {0x78, (byte) 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01});
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    /** Writes a PNG chunk: length, type, data, CRC of type and data. */
    static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] len = new byte[4];
        put32(len, 0, data.length);
        out.writeBytes(len);
        byte[] t = type.getBytes(StandardCharsets.ISO_8859_1);
        out.writeBytes(t);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        byte[] c = new byte[4];
        put32(c, 0, (int) crc.getValue());
        out.writeBytes(c);
    }

    private static void put32(byte[] b, int at, int v) {
        b[at] = (byte) (v >>> 24);
        b[at + 1] = (byte) (v >>> 16);
        b[at + 2] = (byte) (v >>> 8);
        b[at + 3] = (byte) v;
    }
}

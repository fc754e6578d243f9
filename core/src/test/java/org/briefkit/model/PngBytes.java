package org.briefkit.model;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/** PNG files assembled chunk by chunk, so tests can make good ones and break them on purpose. */
public final class PngBytes {
    private PngBytes() {
    }

    /**
     * @return a PNG of one IHDR with these fields (compression and filter method 0), one IDAT
     *         holding {@code idat} as given, and IEND
     */
    public static byte[] png(int width, int height, int bitDepth, int colourType, int interlace, byte[] idat) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        chunk(out, "IHDR", ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) bitDepth)
                .put((byte) colourType).put((byte) 0).put((byte) 0).put((byte) interlace).array());
        chunk(out, "IDAT", idat);
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    /** @return an 8-bit RGB, non-interlaced PNG with {@code idat} as its picture data */
    public static byte[] rgb(int width, int height, byte[] idat) {
        return png(width, height, 8, 2, 0, idat);
    }

    /** @return {@code raw} as one complete zlib stream */
    public static byte[] deflate(byte[] raw) {
        Deflater deflater = new Deflater();
        deflater.setInput(raw);
        deflater.finish();
        byte[] buffer = new byte[raw.length + 64];
        int n = deflater.deflate(buffer);
        deflater.end();
        return Arrays.copyOf(buffer, n);
    }

    /** Writes one chunk: its length, type, data and CRC. */
    public static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
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

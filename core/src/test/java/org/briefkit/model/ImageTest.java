package org.briefkit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import org.briefkit.InvalidDocumentException;
import org.junit.jupiter.api.Test;

class ImageTest {
    @Test
    void readsThePixelSizeOfAPng() {
        Image image = Image.of(Images.encode(120, 80, "png"), "chart.png");
        assertEquals(ImageFormat.PNG, image.format());
        assertEquals(120, image.widthPx());
        assertEquals(80, image.heightPx());
    }

    @Test
    void readsThePixelSizeOfAJpeg() {
        Image image = Image.of(Images.encode(64, 48, "jpg"), "photo.jpg");
        assertEquals(ImageFormat.JPEG, image.format());
        assertEquals(64, image.widthPx());
        assertEquals(48, image.heightPx());
    }

    @Test
    void refusesADecompressionBombFromItsHeader() {
        byte[] bomb = pngHeaderClaiming(50_000, 50_000);
        InvalidDocumentException e = assertThrows(InvalidDocumentException.class, () -> Image.of(bomb, "bomb.png"));
        assertTrue(e.getMessage().contains("claims 50000 x 50000 pixels"), e.getMessage());
    }

    @Test
    void refusesAPngWhoseHeaderChecksumIsWrong() {
        byte[] png = Images.encode(10, 10, "png");
        png[20] ^= 0x01;
        InvalidDocumentException e = assertThrows(InvalidDocumentException.class, () -> Image.of(png, "bad.png"));
        assertTrue(e.getMessage().contains("checksum"), e.getMessage());
    }

    @Test
    void refusesAJpegWithoutAFrameHeader() {
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xD9};
        assertTrue(assertThrows(InvalidDocumentException.class, () -> Image.of(jpeg, "cut.jpg"))
                .getMessage().contains("no frame header"));
    }

    @Test
    void namesUnsupportedFormats() {
        byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(StandardCharsets.UTF_8);
        assertTrue(assertThrows(InvalidDocumentException.class, () -> Image.of(svg, "logo.svg"))
                .getMessage().contains("an SVG drawing; only PNG and JPEG"));
        byte[] gif = "GIF89a....".getBytes(StandardCharsets.ISO_8859_1);
        assertTrue(assertThrows(InvalidDocumentException.class, () -> Image.of(gif, "anim.gif"))
                .getMessage().contains("a GIF image"));
    }

    @Test
    void refusesFilesOverTheByteLimit() {
        byte[] png = Images.encode(10, 10, "png");
        assertTrue(assertThrows(InvalidDocumentException.class,
                () -> Image.of(png, "big.png", new ImageLimits(10, 1000))).getMessage().contains("the limit is 10"));
    }

    @Test
    void handsOutCopiesSoTheImageStaysImmutable() {
        Image image = Images.png(2, 2);
        byte[] copy = image.data();
        copy[0] = 0;
        assertEquals((byte) 0x89, image.data()[0]);
    }

    /** A PNG signature and a valid IHDR claiming the given size, with nothing after it. */
    static byte[] pngHeaderClaiming(int width, int height) {
        ByteBuffer b = ByteBuffer.allocate(33);
        b.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        b.putInt(13).put("IHDR".getBytes(StandardCharsets.US_ASCII)).putInt(width).putInt(height)
                .put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        CRC32 crc = new CRC32();
        crc.update(b.array(), 12, 17);
        b.putInt((int) crc.getValue());
        return b.array();
    }
}

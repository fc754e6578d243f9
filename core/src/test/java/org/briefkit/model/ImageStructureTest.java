package org.briefkit.model;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.briefkit.InvalidDocumentException;
import org.junit.jupiter.api.Test;

class ImageStructureTest {

    @Test
    void acceptsThePngsAndJpegsEncodersWrite() throws IOException {
        int[] types = {BufferedImage.TYPE_INT_RGB, BufferedImage.TYPE_INT_ARGB, BufferedImage.TYPE_BYTE_GRAY,
            BufferedImage.TYPE_BYTE_BINARY, BufferedImage.TYPE_BYTE_INDEXED, BufferedImage.TYPE_USHORT_GRAY};
        for (int type : types) {
            for (int[] size : new int[][] {{1, 1}, {7, 3}, {300, 200}}) {
                byte[] png = encode(new BufferedImage(size[0], size[1], type), "png");
                assertDoesNotThrow(() -> Image.of(png, "ok.png"), "type " + type);
            }
        }
        assertDoesNotThrow(() -> Image.of(encode(new BufferedImage(50, 40, BufferedImage.TYPE_INT_RGB), "jpg"), "a.jpg"));
        assertDoesNotThrow(() -> Image.of(encode(new BufferedImage(50, 40, BufferedImage.TYPE_BYTE_GRAY), "jpg"), "g.jpg"));
        assertDoesNotThrow(() -> Image.of(progressiveJpeg(64, 48), "progressive.jpg"));
    }

    @Test
    void acceptsAnInterlacedPng() {
        for (int[] size : new int[][] {{1, 1}, {3, 3}, {9, 5}, {17, 2}}) {
            assertDoesNotThrow(() -> Image.of(interlacedGrey(size[0], size[1]), "adam7.png"),
                    size[0] + "x" + size[1]);
        }
    }

    @Test
    void refusesAPngWhosePictureDataIsNotZlib() {
        byte[] png = PngBytes.rgb(4, 4, new byte[40]);
        assertDamaged(png, "not a valid zlib stream");
    }

    @Test
    void refusesAPngCutShort() {
        byte[] good = encode(new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB), "png");
        assertDamaged(Arrays.copyOf(good, good.length - 20), "");
        assertDamaged(Arrays.copyOf(good, 33), "ends without an IEND chunk");
    }

    @Test
    void refusesAPngWhosePictureDataIsShortOrLong() {
        assertDamaged(PngBytes.rgb(4, 4, PngBytes.deflate(new byte[10])), "cut short");
        assertDamaged(PngBytes.rgb(4, 4, PngBytes.deflate(new byte[4 * 13 + 1])), "inflates to more than");
    }

    @Test
    void refusesAPngRowWithAnUnknownFilter() {
        byte[] raw = new byte[4 * 13];
        raw[13] = 9;
        assertDamaged(PngBytes.rgb(4, 4, PngBytes.deflate(raw)), "filter type 9");
    }

    @Test
    void refusesAPngChunkWithAWrongChecksum() {
        byte[] png = encode(new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB), "png");
        png[png.length - 13] ^= 0x40; // inside the last IDAT's data
        assertDamaged(png, "checksum");
    }

    @Test
    void refusesAPaletteImageWithoutItsPalette() {
        assertDamaged(PngBytes.png(2, 2, 8, 3, 0, PngBytes.deflate(new byte[6])), "no palette");
    }

    @Test
    void refusesAnImpossibleBitDepth() {
        assertDamaged(PngBytes.png(2, 2, 3, 2, 0, PngBytes.deflate(new byte[8])), "bit depth 3");
    }

    @Test
    void refusesAJpegCutShort() {
        byte[] good = encode(new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB), "jpg");
        assertDamaged(Arrays.copyOf(good, good.length - 10), "without an end-of-image marker");
        assertDamaged(Arrays.copyOf(good, 300), "");
    }

    @Test
    void refusesAJpegSegmentLongerThanTheFile() {
        byte[] good = encode(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "jpg");
        byte[] bad = good.clone();
        bad[4] = 0x7F; // the first segment's (APP0) length: the segments no longer line up
        assertDamaged(bad, "");
    }

    @Test
    void refusesAJpegWithoutQuantizationTables() {
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xC0, 0, 11, 8, 0, 1, 0, 1, 1, 1, 0x11, 0,
            (byte) 0xFF, (byte) 0xDA, 0, 8, 1, 1, 0, 0, 63, 0, 0x12, 0x34, (byte) 0xFF, (byte) 0xD9};
        assertDamaged(jpeg, "quantization tables");
    }

    @Test
    void refusesAnUnknownCriticalPngChunkByNameAndSkipsUnknownAncillaryOnes() {
        InvalidDocumentException e = assertThrows(InvalidDocumentException.class,
                () -> Image.of(withChunkBeforeData("ABCD"), "odd.png"));
        assertEquals("image 'odd.png'", e.field());
        assertTrue(e.getMessage().contains("has PNG chunk 'ABCD' at byte 33, a critical chunk that is not part of "
                + "the PNG standard"), e.getMessage());
        for (String ancillary : new String[] {"abcd", "aBCD", "tEXt", "zzZz"}) {
            assertDoesNotThrow(() -> Image.of(withChunkBeforeData(ancillary), "fine.png"), ancillary);
        }
    }

    /** A 2 x 2 grey PNG with an extra chunk of four bytes between IHDR and IDAT. */
    private static byte[] withChunkBeforeData(String type) {
        byte[] plain = PngBytes.png(2, 2, 8, 0, 0, PngBytes.deflate(new byte[6]));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(plain, 0, 33);
        PngBytes.chunk(out, type, new byte[] {1, 2, 3, 4});
        out.write(plain, 33, plain.length - 33);
        return out.toByteArray();
    }

    @Test
    void checksThePixelLimitBeforeTheStructure() {
        InvalidDocumentException e = assertThrows(InvalidDocumentException.class,
                () -> Image.of(PngBytes.rgb(50_000, 50_000, new byte[] {1, 2, 3}), "bomb.png"));
        assertTrue(e.getMessage().contains("claims 50000 x 50000 pixels"), e.getMessage());
    }

    private static void assertDamaged(byte[] data, String words) {
        InvalidDocumentException e = assertThrows(InvalidDocumentException.class, () -> Image.of(data, "bad"));
        assertTrue(e.getMessage().contains("is damaged") && e.getMessage().contains(words), e.getMessage());
        assertEquals("image 'bad'", e.field());
    }

    private static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            assertTrue(ImageIO.write(image, format, out));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] progressiveJpeg(int width, int height) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(null, new IIOImage(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), null, null),
                    param);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    /** An 8-bit grey Adam7 PNG: each pass's rows, a filter byte each, deflated together. */
    private static byte[] interlacedGrey(int width, int height) {
        int[][] adam7 = {{0, 0, 8, 8}, {4, 0, 8, 8}, {0, 4, 4, 8}, {2, 0, 4, 4}, {0, 2, 2, 4}, {1, 0, 2, 2},
            {0, 1, 1, 2}};
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        for (int[] p : adam7) {
            int w = width <= p[0] ? 0 : (width - p[0] + p[2] - 1) / p[2];
            int h = height <= p[1] ? 0 : (height - p[1] + p[3] - 1) / p[3];
            if (w == 0) {
                continue;
            }
            for (int y = 0; y < h; y++) {
                raw.write(0);
                raw.writeBytes(new byte[w]);
            }
        }
        return PngBytes.png(width, height, 8, 0, 1, PngBytes.deflate(raw.toByteArray()));
    }
}

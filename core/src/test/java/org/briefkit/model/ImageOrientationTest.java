package org.briefkit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A camera's portrait photo is stored sideways with an EXIF Orientation tag; the image says so. */
class ImageOrientationTest {
    /** A JPEG of 40 x 30 stored pixels with an APP1 Exif segment whose Orientation is {@code value}. */
    static byte[] jpegWithOrientation(int value, ByteOrder order) {
        byte[] plain = Images.encode(40, 30, "jpg");
        ByteBuffer tiff = ByteBuffer.allocate(26).order(order);
        tiff.put(order == ByteOrder.LITTLE_ENDIAN ? (byte) 'I' : (byte) 'M')
                .put(order == ByteOrder.LITTLE_ENDIAN ? (byte) 'I' : (byte) 'M')
                .putShort((short) 42).putInt(8)
                .putShort((short) 1) // one entry
                .putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) value).putShort((short) 0)
                .putInt(0); // no next IFD
        byte[] exif = "Exif\0\0".getBytes(StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(plain, 0, 2); // SOI
        int length = 2 + exif.length + tiff.capacity();
        out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xE1, (byte) (length >> 8), (byte) length});
        out.writeBytes(exif);
        out.writeBytes(tiff.array());
        out.write(plain, 2, plain.length - 2);
        return out.toByteArray();
    }

    @Test
    void theExifOrientationIsReadInBothByteOrdersAndTurnsTheDisplaySize() {
        for (ByteOrder order : new ByteOrder[] {ByteOrder.BIG_ENDIAN, ByteOrder.LITTLE_ENDIAN}) {
            for (int value = 1; value <= 8; value++) {
                Image image = Image.of(jpegWithOrientation(value, order), "photo.jpg");
                assertEquals(value, image.orientation(), order + " " + value);
                assertEquals(40, image.widthPx());
                assertEquals(30, image.heightPx());
                assertEquals(value >= 5 ? 30 : 40, image.displayWidthPx(), "orientation " + value);
                assertEquals(value >= 5 ? 40 : 30, image.displayHeightPx(), "orientation " + value);
            }
        }
    }

    @Test
    void noTagOrANonsenseValueIsUpright() {
        assertEquals(1, Image.of(Images.encode(40, 30, "jpg"), "plain.jpg").orientation());
        assertEquals(1, Image.of(jpegWithOrientation(9, ByteOrder.BIG_ENDIAN), "odd.jpg").orientation());
        assertEquals(1, Image.of(jpegWithOrientation(0, ByteOrder.LITTLE_ENDIAN), "odd.jpg").orientation());
        assertEquals(1, Images.png(4, 4).orientation());
    }
}

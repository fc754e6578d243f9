package org.briefkit.model;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import org.briefkit.InvalidDocumentException;

/**
 * An image's format, pixel size and EXIF orientation (1 to 8; 1 for upright or none), read from
 * its header without decoding the pixels.
 */
record ImageHeader(ImageFormat format, int width, int height, int orientation) {
    /** The EXIF tag that says how the stored pixels turn to stand upright. */
    private static final int ORIENTATION_TAG = 0x0112;

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    static ImageHeader read(byte[] data, String name) {
        if (startsWith(data, PNG_SIGNATURE)) {
            return png(data, name);
        }
        if (data.length >= 3 && (data[0] & 0xFF) == 0xFF && (data[1] & 0xFF) == 0xD8 && (data[2] & 0xFF) == 0xFF) {
            return jpeg(data, name);
        }
        throw new InvalidDocumentException("image '" + name + "'", "is " + describe(data)
                + "; only PNG and JPEG images are supported");
    }

    private static ImageHeader png(byte[] data, String name) {
        // The IHDR chunk comes first: length 13, type, width, height, ..., then its CRC.
        if (data.length < 33 || u32(data, 8) != 13 || !"IHDR".equals(ascii(data, 12, 4))) {
            throw damaged(name, "PNG has no valid IHDR header");
        }
        CRC32 crc = new CRC32();
        crc.update(data, 12, 17);
        if (crc.getValue() != (u32(data, 29) & 0xFFFFFFFFL)) {
            throw damaged(name, "PNG header checksum does not match");
        }
        return sized(ImageFormat.PNG, u32(data, 16), u32(data, 20), 1, name);
    }

    private static ImageHeader jpeg(byte[] data, String name) {
        int i = 2;
        int orientation = 1;
        while (i + 4 <= data.length) {
            if ((data[i] & 0xFF) != 0xFF) {
                throw damaged(name, "JPEG marker expected at byte " + i);
            }
            int marker = data[i + 1] & 0xFF;
            if (marker == 0xFF) {
                i++;
                continue;
            }
            if (marker == 0xD8 || marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
                i += 2;
                continue;
            }
            int length = u16(data, i + 2);
            if (length < 2) {
                throw damaged(name, "JPEG segment at byte " + i + " has length " + length);
            }
            boolean frame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
            if (frame) {
                if (i + 9 > data.length) {
                    break;
                }
                return sized(ImageFormat.JPEG, u16(data, i + 7), u16(data, i + 5), orientation, name);
            }
            if (marker == 0xD9 || marker == 0xDA) {
                break;
            }
            if (marker == 0xE1) {
                orientation = exifOrientation(data, i + 4, Math.min(data.length, i + 2 + length));
            }
            i += 2 + length;
        }
        throw damaged(name, "JPEG has no frame header");
    }

    /**
     * The Orientation tag of an APP1 Exif segment's first IFD; 1 when there is none or it makes no
     * sense (a value outside 1 to 8, offsets outside the segment): the picture is then drawn as
     * stored, as viewers do.
     */
    private static int exifOrientation(byte[] d, int from, int end) {
        if (end - from < 14 || !"Exif\0\0".equals(ascii(d, from, 6))) {
            return 1;
        }
        int tiff = from + 6;
        boolean little = d[tiff] == 'I' && d[tiff + 1] == 'I';
        if (!little && !(d[tiff] == 'M' && d[tiff + 1] == 'M')) {
            return 1;
        }
        long ifd = u32(d, tiff + 4, little) & 0xFFFFFFFFL;
        if (ifd < 8 || tiff + ifd + 2 > end) {
            return 1;
        }
        int at = tiff + (int) ifd;
        int count = u16(d, at, little);
        at += 2;
        for (int n = 0; n < count && at + 12 <= end; n++, at += 12) {
            if (u16(d, at, little) == ORIENTATION_TAG) {
                int value = u16(d, at + 8, little);
                return u16(d, at + 2, little) == 3 && value >= 1 && value <= 8 ? value : 1;
            }
        }
        return 1;
    }

    private static int u16(byte[] d, int at, boolean little) {
        return little ? (d[at] & 0xFF) | ((d[at + 1] & 0xFF) << 8) : u16(d, at);
    }

    private static int u32(byte[] d, int at, boolean little) {
        return little ? u16(d, at, true) | (u16(d, at + 2, true) << 16) : u32(d, at);
    }

    private static ImageHeader sized(ImageFormat format, int width, int height, int orientation, String name) {
        if (width <= 0 || height <= 0) {
            throw damaged(name, format + " claims a size of " + width + " x " + height + " pixels");
        }
        return new ImageHeader(format, width, height, orientation);
    }

    private static InvalidDocumentException damaged(String name, String what) {
        return new InvalidDocumentException("image '" + name + "'", "is damaged: " + what);
    }

    private static String describe(byte[] data) {
        String head = ascii(data, 0, Math.min(data.length, 256)).stripLeading();
        if (head.startsWith("<svg") || head.startsWith("<?xml") && head.contains("<svg")) {
            return "an SVG drawing";
        }
        if (head.startsWith("GIF8")) {
            return "a GIF image";
        }
        if (head.startsWith("RIFF") && head.length() >= 12 && head.startsWith("WEBP", 8)) {
            return "a WebP image";
        }
        if (head.startsWith("%PDF")) {
            return "a PDF file";
        }
        return data.length == 0 ? "empty" : "not an image Briefkit recognises";
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        if (data.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (data[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int u32(byte[] d, int at) {
        return ((d[at] & 0xFF) << 24) | ((d[at + 1] & 0xFF) << 16) | ((d[at + 2] & 0xFF) << 8) | (d[at + 3] & 0xFF);
    }

    private static int u16(byte[] d, int at) {
        return ((d[at] & 0xFF) << 8) | (d[at + 1] & 0xFF);
    }

    private static String ascii(byte[] d, int from, int length) {
        return new String(d, from, Math.max(0, Math.min(length, d.length - from)), StandardCharsets.ISO_8859_1);
    }
}

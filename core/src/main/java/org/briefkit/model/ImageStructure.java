package org.briefkit.model;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.briefkit.InvalidDocumentException;

/**
 * Checks that an image file is whole, without decoding its pixels, so a damaged picture is
 * refused when the model is built (for both renderers: the DOCX embeds the bytes as they are, and
 * a PDF would carry a picture no viewer can show) rather than turning into a broken file.
 *
 * <ul>
 *   <li>PNG: every chunk's length and checksum; IHDR first, with a valid bit depth for its colour
 *       type; PLTE before the data of a palette image; the IDAT chunks together; IEND at the end.
 *       The IDAT data must be one complete zlib stream (its Adler-32 checked by the inflater)
 *       that inflates to exactly the size the header implies, each row starting with a valid
 *       filter type. A critical chunk other than these four (an upper-case first letter, such as
 *       {@code ABCD}) is refused: it tells viewers they cannot draw the picture without it.
 *       Ancillary chunks ({@code tEXt}, {@code abcd}) are skipped. Inflation stops at that size, so a stream that would inflate further is
 *       refused without being inflated.</li>
 *   <li>JPEG: the marker segments in order, each length inside the file; a frame header and a
 *       quantization table before the first scan; the entropy-coded data of every scan read
 *       through to the next marker; and an end-of-image marker. The entropy-coded data itself is
 *       not decoded: a JPEG whose structure is whole but whose coded data is garbage is embedded
 *       as it is (PDF carries JPEG data undecoded too) and shows as a viewer decodes it.</li>
 * </ul>
 */
final class ImageStructure {
    private static final int SCRATCH = 1 << 16;

    private ImageStructure() {
    }

    /**
     * @param data   the file's bytes
     * @param header what {@link ImageHeader#read} found
     * @param name   the image's name, for messages
     * @throws InvalidDocumentException when the file is damaged
     */
    static void check(byte[] data, ImageHeader header, String name) {
        if (header.format() == ImageFormat.PNG) {
            png(data, header, name);
        } else {
            jpeg(data, name);
        }
    }

    // ------------------------------------------------------------------------------------ PNG

    private static void png(byte[] data, ImageHeader header, String name) {
        int colourType = data[25] & 0xFF;
        int depth = data[24] & 0xFF;
        int channels = switch (colourType) {
            case 0 -> validDepth(depth, new int[] {1, 2, 4, 8, 16}, name) ? 1 : 0;
            case 2 -> validDepth(depth, new int[] {8, 16}, name) ? 3 : 0;
            case 3 -> validDepth(depth, new int[] {1, 2, 4, 8}, name) ? 1 : 0;
            case 4 -> validDepth(depth, new int[] {8, 16}, name) ? 2 : 0;
            case 6 -> validDepth(depth, new int[] {8, 16}, name) ? 4 : 0;
            default -> throw damaged(name, "PNG colour type " + colourType + " does not exist");
        };
        if ((data[26] & 0xFF) != 0 || (data[27] & 0xFF) != 0 || (data[28] & 0xFF) > 1) {
            throw damaged(name, "PNG header names an unknown compression, filter or interlace method");
        }
        boolean interlaced = (data[28] & 0xFF) == 1;
        Inflater inflater = new Inflater();
        try {
            Rows rows = new Rows(header.width(), header.height(), channels * depth, interlaced);
            boolean palette = false;
            boolean inData = false;
            boolean dataDone = false;
            int at = 8;
            while (true) {
                if (at + 12 > data.length) {
                    throw damaged(name, "PNG ends without an IEND chunk (cut short at byte " + data.length + ")");
                }
                long length = u32(data, at) & 0xFFFFFFFFL;
                if (length > data.length - at - 12L) {
                    throw damaged(name, "PNG chunk at byte " + at + " claims " + length + " bytes, past the end of the file");
                }
                String type = new String(data, at + 4, 4, StandardCharsets.ISO_8859_1);
                if (!type.chars().allMatch(c -> (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))) {
                    throw damaged(name, "PNG chunk at byte " + at + " has no valid type");
                }
                CRC32 crc = new CRC32();
                crc.update(data, at + 4, 4 + (int) length);
                if (crc.getValue() != (u32(data, at + 8 + (int) length) & 0xFFFFFFFFL)) {
                    throw damaged(name, "PNG chunk " + type + " at byte " + at + " fails its checksum");
                }
                int body = at + 8;
                switch (type) {
                    case "IHDR" -> {
                        if (at != 8) {
                            throw damaged(name, "PNG has a second IHDR chunk");
                        }
                    }
                    case "PLTE" -> palette = true;
                    case "IDAT" -> {
                        if (dataDone) {
                            throw damaged(name, "PNG picture data is split by other chunks");
                        }
                        if (colourType == 3 && !palette) {
                            throw damaged(name, "PNG palette image has no palette before its picture data");
                        }
                        inData = true;
                        inflate(inflater, data, body, (int) length, rows, name);
                    }
                    case "IEND" -> {
                        if (!inData) {
                            throw damaged(name, "PNG has no picture data");
                        }
                        if (!inflater.finished() || !rows.complete()) {
                            throw damaged(name, "PNG picture data is cut short (" + rows.seen() + " of "
                                    + rows.expected() + " bytes)");
                        }
                        return;
                    }
                    default -> {
                        if (Character.isUpperCase(type.charAt(0))) {
                            // A critical chunk (upper-case first letter) may change how the pixels
                            // read; a viewer that does not know it must not draw the picture.
                            throw new InvalidDocumentException("image '" + name + "'", "has PNG chunk '" + type
                                    + "' at byte " + at + ", a critical chunk that is not part of the PNG standard"
                                    + " (only IHDR, PLTE, IDAT and IEND are); the picture cannot be drawn safely");
                        }
                        if (inData) {
                            dataDone = true;
                        }
                    }
                }
                at = body + (int) length + 4;
            }
        } finally {
            inflater.end();
        }
    }

    private static boolean validDepth(int depth, int[] allowed, String name) {
        for (int a : allowed) {
            if (a == depth) {
                return true;
            }
        }
        throw damaged(name, "PNG bit depth " + depth + " is not valid for its colour type");
    }

    private static void inflate(Inflater inflater, byte[] data, int from, int length, Rows rows, String name) {
        if (inflater.finished()) {
            if (length > 0) {
                throw damaged(name, "PNG has data after the end of its compressed picture");
            }
            return;
        }
        inflater.setInput(data, from, length);
        byte[] scratch = new byte[SCRATCH];
        try {
            while (!inflater.needsInput() && !inflater.finished()) {
                int n = inflater.inflate(scratch);
                if (n == 0 && inflater.needsDictionary()) {
                    throw damaged(name, "PNG picture data asks for a preset dictionary");
                }
                if (n > 0) {
                    rows.feed(scratch, n, name);
                }
            }
        } catch (DataFormatException e) {
            throw damaged(name, "PNG picture data is not a valid zlib stream (" + e.getMessage() + ")");
        }
        if (inflater.finished() && inflater.getRemaining() > 0) {
            throw damaged(name, "PNG has data after the end of its compressed picture");
        }
    }

    /** The rows the inflated data must make up: one filter-type byte, then the row's bytes. */
    private static final class Rows {
        private final long[] passRows = new long[7];
        private final long[] passRowBytes = new long[7];
        private final long expected;
        private int pass;
        private long row;
        private long inRow = -1;
        private long seen;

        Rows(int width, int height, int bitsPerPixel, boolean interlaced) {
            int[][] adam7 = {{0, 0, 8, 8}, {4, 0, 8, 8}, {0, 4, 4, 8}, {2, 0, 4, 4}, {0, 2, 2, 4}, {1, 0, 2, 2},
                {0, 1, 1, 2}};
            long total = 0;
            for (int p = 0; p < 7; p++) {
                long w;
                long h;
                if (interlaced) {
                    w = width <= adam7[p][0] ? 0 : (width - adam7[p][0] + adam7[p][2] - 1L) / adam7[p][2];
                    h = height <= adam7[p][1] ? 0 : (height - adam7[p][1] + adam7[p][3] - 1L) / adam7[p][3];
                } else {
                    w = p == 0 ? width : 0;
                    h = p == 0 ? height : 0;
                }
                passRows[p] = w == 0 ? 0 : h;
                passRowBytes[p] = (w * bitsPerPixel + 7) / 8;
                total += passRows[p] * (1 + passRowBytes[p]);
            }
            expected = total;
            skipEmptyPasses();
        }

        private void skipEmptyPasses() {
            while (pass < 7 && row >= passRows[pass]) {
                pass++;
                row = 0;
            }
        }

        void feed(byte[] bytes, int n, String name) {
            if (seen + n > expected) {
                throw damaged(name, "PNG picture data inflates to more than the " + expected
                        + " bytes its header implies");
            }
            int i = 0;
            while (i < n) {
                if (inRow < 0) {
                    int filter = bytes[i] & 0xFF;
                    if (filter > 4) {
                        throw damaged(name, "PNG row " + row + " has filter type " + filter + " (0 to 4 exist)");
                    }
                    inRow = passRowBytes[pass];
                    i++;
                } else {
                    long take = Math.min(inRow, n - i);
                    inRow -= take;
                    i += (int) take;
                }
                if (inRow == 0) {
                    inRow = -1;
                    row++;
                    skipEmptyPasses();
                }
            }
            seen += n;
        }

        boolean complete() {
            return seen == expected;
        }

        long seen() {
            return seen;
        }

        long expected() {
            return expected;
        }
    }

    // ----------------------------------------------------------------------------------- JPEG

    private static void jpeg(byte[] data, String name) {
        boolean frame = false;
        boolean tables = false;
        int at = 2;
        while (true) {
            if (at + 2 > data.length) {
                throw damaged(name, "JPEG ends without an end-of-image marker (cut short at byte " + data.length + ")");
            }
            if ((data[at] & 0xFF) != 0xFF) {
                throw damaged(name, "JPEG marker expected at byte " + at);
            }
            int marker = data[at + 1] & 0xFF;
            if (marker == 0xFF) {
                at++;
                continue;
            }
            if (marker == 0xD9) {
                if (!frame) {
                    throw damaged(name, "JPEG has no picture before its end-of-image marker");
                }
                return;
            }
            if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
                at += 2;
                continue;
            }
            if (marker == 0xD8 || marker == 0x00) {
                throw damaged(name, "JPEG has marker " + hex(marker) + " at byte " + at + " where none may be");
            }
            if (at + 4 > data.length) {
                throw damaged(name, "JPEG is cut short at byte " + data.length);
            }
            int length = u16(data, at + 2);
            if (length < 2 || at + 2L + length > data.length) {
                throw damaged(name, "JPEG segment " + hex(marker) + " at byte " + at + " has a length (" + length
                        + ") that does not fit the file");
            }
            if (marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC) {
                if (length < 8 + 3 * Math.max(1, length >= 8 ? data[at + 9] & 0xFF : 1)) {
                    throw damaged(name, "JPEG frame header at byte " + at + " is too short for its components");
                }
                frame = true;
            } else if (marker == 0xDB) {
                tables = true;
            }
            at += 2 + length;
            if (marker == 0xDA) {
                if (!frame || !tables) {
                    throw damaged(name, "JPEG scan at byte " + (at - 2 - length) + " comes before its frame header"
                            + " or quantization tables");
                }
                at = entropyCoded(data, at);
            }
        }
    }

    /** @return where the marker after a scan's entropy-coded data starts (or the end of the data) */
    private static int entropyCoded(byte[] data, int at) {
        int i = at;
        while (i + 1 < data.length) {
            if ((data[i] & 0xFF) == 0xFF) {
                int next = data[i + 1] & 0xFF;
                if (next == 0x00 || (next >= 0xD0 && next <= 0xD7) || next == 0xFF) {
                    i += next == 0xFF ? 1 : 2;
                    continue;
                }
                return i;
            }
            i++;
        }
        return data.length;
    }

    // ----------------------------------------------------------------------------------- util

    private static InvalidDocumentException damaged(String name, String what) {
        return new InvalidDocumentException("image '" + name + "'", "is damaged: " + what);
    }

    private static String hex(int marker) {
        return String.format("FF%02X", marker);
    }

    private static int u32(byte[] d, int at) {
        return ((d[at] & 0xFF) << 24) | ((d[at + 1] & 0xFF) << 16) | ((d[at + 2] & 0xFF) << 8) | (d[at + 3] & 0xFF);
    }

    private static int u16(byte[] d, int at) {
        return ((d[at] & 0xFF) << 8) | (d[at + 1] & 0xFF);
    }
}

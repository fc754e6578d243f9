package org.briefkit.model;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.briefkit.InvalidDocumentException;

/**
 * A raster picture held in memory: its bytes, its format and its size in pixels, all read and
 * checked from the file's header when it is made. Immutable: the bytes are copied in, and handed
 * out as a stream or a copy.
 */
public final class Image {
    private final byte[] data;
    private final String name;
    private final ImageFormat format;
    private final int widthPx;
    private final int heightPx;
    private final int orientation;

    private Image(byte[] data, String name, ImageHeader header) {
        this.data = data;
        this.name = name;
        this.format = header.format();
        this.widthPx = header.width();
        this.heightPx = header.height();
        this.orientation = header.orientation();
    }

    /**
     * Reads an image from bytes in memory.
     *
     * @param data   the file's bytes (PNG or JPEG)
     * @param name   a name for messages and for the embedded part, such as the file name
     * @param limits the largest file and pixel count accepted
     * @return the image
     * @throws InvalidDocumentException when the format is not PNG or JPEG, the file is damaged (its
     *                                  structure is checked through to the end, without decoding
     *                                  pixels: see {@code ImageStructure}), or a limit is exceeded
     */
    public static Image of(byte[] data, String name, ImageLimits limits) {
        Checks.present("image.data", data);
        String label = Checks.required("image.name", name);
        if (data.length > limits.maxBytes()) {
            throw new InvalidDocumentException("image '" + label + "'",
                    "is " + data.length + " bytes; the limit is " + limits.maxBytes());
        }
        ImageHeader header = ImageHeader.read(data, label);
        long pixels = (long) header.width() * header.height();
        if (pixels > limits.maxPixels()) {
            throw new InvalidDocumentException("image '" + label + "'", "claims " + header.width() + " x "
                    + header.height() + " pixels; the limit is " + limits.maxPixels() + " pixels");
        }
        ImageStructure.check(data, header, label);
        return new Image(data.clone(), label, header);
    }

    /** @param data PNG or JPEG bytes; @param name a name for messages; @return the image, with default limits */
    public static Image of(byte[] data, String name) {
        return of(data, name, ImageLimits.DEFAULT);
    }

    /**
     * Reads an image file, checking its size before reading it whole.
     *
     * @param file   a PNG or JPEG file
     * @param limits the largest file and pixel count accepted
     * @return the image, named after the file
     * @throws IOException when the file cannot be read
     */
    public static Image read(Path file, ImageLimits limits) throws IOException {
        long size = Files.size(file);
        String name = String.valueOf(file.getFileName());
        if (size > limits.maxBytes()) {
            throw new InvalidDocumentException("image '" + name + "'",
                    "is " + size + " bytes; the limit is " + limits.maxBytes());
        }
        return of(Files.readAllBytes(file), name, limits);
    }

    /** @return the name given when it was made, such as its file name */
    public String name() {
        return name;
    }

    /** @return PNG or JPEG */
    public ImageFormat format() {
        return format;
    }

    /** @return its width in pixels, as stored (see {@link #displayWidthPx()}) */
    public int widthPx() {
        return widthPx;
    }

    /** @return its height in pixels, as stored (see {@link #displayHeightPx()}) */
    public int heightPx() {
        return heightPx;
    }

    /**
     * How the stored pixels turn to stand upright, as a JPEG's EXIF Orientation tag says (cameras
     * store a portrait photo sideways and set this): 1 upright, 2 mirrored left to right, 3 turned
     * 180°, 4 mirrored top to bottom, 5 mirrored along the main diagonal, 6 to be turned 90°
     * clockwise, 7 mirrored along the other diagonal, 8 to be turned 90° counter-clockwise.
     * Renderers draw the picture upright, at {@link #displayWidthPx()} by {@link #displayHeightPx()}.
     *
     * @return 1 to 8; 1 for a PNG, and for a JPEG without the tag or with a value outside 1 to 8
     */
    public int orientation() {
        return orientation;
    }

    /** @return whether the picture stands upright only when turned a quarter (orientations 5 to 8) */
    public boolean isTurnedSideways() {
        return orientation >= 5;
    }

    /** @return its width in pixels as it is seen upright: the stored height when turned sideways */
    public int displayWidthPx() {
        return isTurnedSideways() ? heightPx : widthPx;
    }

    /** @return its height in pixels as it is seen upright: the stored width when turned sideways */
    public int displayHeightPx() {
        return isTurnedSideways() ? widthPx : heightPx;
    }

    /** @return the file's size in bytes */
    public int size() {
        return data.length;
    }

    /** @return a copy of the file's bytes */
    public byte[] data() {
        return data.clone();
    }

    /** @return a stream over the file's bytes, without copying them */
    public InputStream openStream() {
        return new ByteArrayInputStream(data);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Image that && name.equals(that.name) && Arrays.equals(data, that.data);
    }

    @Override
    public int hashCode() {
        return 31 * name.hashCode() + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return "Image[" + name + ", " + format + ", " + widthPx + "x" + heightPx + ", " + data.length + " bytes]";
    }
}

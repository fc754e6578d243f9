package org.briefkit.model;

/** The raster formats both renderers embed. */
public enum ImageFormat {
    /** Portable Network Graphics. */
    PNG("image/png", "png"),
    /** JPEG (JFIF or Exif). */
    JPEG("image/jpeg", "jpg");

    private final String mediaType;
    private final String extension;

    ImageFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    /** @return the IANA media type, such as {@code image/png} */
    public String mediaType() {
        return mediaType;
    }

    /** @return the usual file extension, without a dot */
    public String extension() {
        return extension;
    }
}

package org.briefkit.model;

import org.briefkit.InvalidDocumentException;

/**
 * Bounds on the images a document may carry, checked from the file's header before anything is
 * decoded, so a small file that claims 50,000 x 50,000 pixels (a decompression bomb) is refused.
 *
 * @param maxBytes  the largest file accepted
 * @param maxPixels the most pixels (width x height) accepted
 */
public record ImageLimits(long maxBytes, long maxPixels) {
    /** 32 MiB and 40 megapixels: ample for a full page at 300 dpi, small enough to decode in 256 MB. */
    public static final ImageLimits DEFAULT = new ImageLimits(32L << 20, 40_000_000L);

    /** Checks that both limits are positive. */
    public ImageLimits {
        if (maxBytes <= 0 || maxPixels <= 0) {
            throw new InvalidDocumentException("imageLimits", "limits must be positive");
        }
    }
}

package org.briefkit.docx.internal.blocks;

import org.openxmlformats.schemas.drawingml.x2006.main.CTTransform2D;

/**
 * How DrawingML turns and mirrors a picture so that a photo stored as its EXIF orientation says
 * (1 to 8) shows upright. DrawingML mirrors the shape first, then turns it clockwise by
 * {@code rot}, in 60,000ths of a degree: orientation 6 (a phone held upright, stored lying on its
 * side) is a quarter turn clockwise.
 */
enum Orientation {
    UPRIGHT(0, false, false),
    MIRRORED(0, true, false),
    UPSIDE_DOWN(180, false, false),
    MIRRORED_UPSIDE_DOWN(0, false, true),
    TRANSPOSED(90, false, true),
    TURNED_RIGHT(90, false, false),
    TRANSVERSE(90, true, false),
    TURNED_LEFT(270, false, false);

    private static final int ROT_PER_DEGREE = 60_000;

    private final int degrees;
    private final boolean flipH;
    private final boolean flipV;

    Orientation(int degrees, boolean flipH, boolean flipV) {
        this.degrees = degrees;
        this.flipH = flipH;
        this.flipV = flipV;
    }

    /** @param exif the EXIF orientation, 1 to 8; @return how to show it upright */
    static Orientation of(int exif) {
        return values()[exif - 1];
    }

    /** @param xfrm the picture's transform, to turn and mirror as this orientation says */
    void applyTo(CTTransform2D xfrm) {
        if (degrees != 0) {
            xfrm.setRot(degrees * ROT_PER_DEGREE);
        }
        if (flipH) {
            xfrm.setFlipH(true);
        }
        if (flipV) {
            xfrm.setFlipV(true);
        }
    }
}

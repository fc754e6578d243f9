package org.briefkit.pdf.internal.layout.kinds;

import org.briefkit.model.Image;

/** Sizes for logos. */
final class Pictures {
    private Pictures() {
    }

    /** @return {width, height} of the picture scaled to fill the box as far as its proportions allow */
    static float[] fit(Image picture, float maxWidth, float maxHeight) {
        float w = picture.displayWidthPx() * 72f / 150f;
        float h = picture.displayHeightPx() * 72f / 150f;
        float scale = Math.min(maxWidth / w, maxHeight / h);
        return new float[] {w * scale, h * scale};
    }
}

package org.briefkit.pdf.internal.layout;

import org.briefkit.model.Block;
import org.briefkit.model.Image;

/** A picture in the vertical list, already scaled to fit. */
final class ImageVBox extends VBox {
    private final Image image;
    private final String altText;
    private final float indent;
    private final float width;
    private final float height;

    ImageVBox(Image image, String altText, float indent, float width, float height, Backdrop[] backdrops,
            Block source) {
        super(backdrops, source);
        this.image = image;
        this.altText = altText;
        this.indent = indent;
        this.width = width;
        this.height = height;
    }

    @Override
    float height() {
        return height;
    }

    @Override
    void draw(Emitter e, float x, float y) {
        e.box(new ImageBox(x + indent, y, width, height, image, altText, source()));
    }
}

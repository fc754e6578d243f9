package org.briefkit.pdf.internal.draw;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.IdentityHashMap;
import java.util.Map;
import javax.imageio.ImageIO;
import org.briefkit.RenderException;
import org.briefkit.model.Image;
import org.briefkit.model.ImageFormat;

/**
 * The model's images as OpenPDF images, decoded once per render (an image drawn twice is one
 * XObject). For PDF/A-1, which forbids transparency, a PNG with an alpha channel is flattened
 * onto white first. A picture that cannot be decoded fails the render with its name.
 */
final class Images {
    private final boolean flattenAlpha;
    private final Map<Image, com.lowagie.text.Image> decoded = new IdentityHashMap<>();

    Images(boolean flattenAlpha) {
        this.flattenAlpha = flattenAlpha;
    }

    com.lowagie.text.Image get(Image image) {
        return decoded.computeIfAbsent(image, this::decode);
    }

    private com.lowagie.text.Image decode(Image image) {
        try {
            byte[] bytes = image.data();
            if (flattenAlpha && image.format() == ImageFormat.PNG) {
                bytes = flatten(bytes, image.name());
            }
            com.lowagie.text.Image pdfImage = com.lowagie.text.Image.getInstance(bytes);
            if (pdfImage == null) {
                throw new RenderException("image '" + image.name() + "' cannot be decoded");
            }
            return pdfImage;
        } catch (IOException | RuntimeException e) {
            if (e instanceof RenderException r) {
                throw r;
            }
            throw new RenderException("image '" + image.name() + "' cannot be decoded: " + e.getMessage(), e);
        }
    }

    /**
     * The image matrix that draws a picture upright in its box, turning or mirroring the stored
     * pixels as its EXIF orientation says. PDF maps the unit square (u to the right, v up, the
     * stored top row at v = 1) through the matrix; each orientation gives the box's position
     * p (from the left) and q (from the top), each 0 to 1, as u, 1 - u, v or 1 - v.
     *
     * @param orientation 1 to 8, as {@link Image#orientation()}
     * @param x           the box's left edge, in PDF coordinates
     * @param y           its bottom edge
     * @param width       its width, the picture's width as seen upright
     * @param height      its height
     * @return a, b, c, d, e, f for {@code PdfContentByte.addImage}
     */
    static float[] upright(int orientation, float x, float y, float width, float height) {
        // {pu, pv, p0, qu, qv, q0}: p = pu*u + pv*v + p0, q = qu*u + qv*v + q0
        int[] f = switch (orientation) {
            case 2 -> new int[] {-1, 0, 1, 0, -1, 1};  // mirrored left to right
            case 3 -> new int[] {-1, 0, 1, 0, 1, 0};   // turned 180°
            case 4 -> new int[] {1, 0, 0, 0, 1, 0};    // mirrored top to bottom
            case 5 -> new int[] {0, -1, 1, 1, 0, 0};   // mirrored along the main diagonal
            case 6 -> new int[] {0, 1, 0, 1, 0, 0};    // to be turned 90° clockwise
            case 7 -> new int[] {0, 1, 0, -1, 0, 1};   // mirrored along the other diagonal
            case 8 -> new int[] {0, -1, 1, -1, 0, 1};  // to be turned 90° counter-clockwise
            default -> new int[] {1, 0, 0, 0, -1, 1};  // upright
        };
        return new float[] {width * f[0], -height * f[3], width * f[1], -height * f[4], x + width * f[2],
            y + height * (1 - f[5])};
    }

    private static byte[] flatten(byte[] png, String name) throws IOException {
        BufferedImage source = ImageIO.read(new java.io.ByteArrayInputStream(png));
        if (source == null) {
            throw new RenderException("image '" + name + "' cannot be decoded as PNG");
        }
        if (!source.getColorModel().hasAlpha()) {
            return png;
        }
        BufferedImage flat = new BufferedImage(source.getWidth(), source.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = flat.createGraphics();
        try {
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, flat.getWidth(), flat.getHeight());
            g.drawImage(source, 0, 0, null);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(flat, "png", out);
        return out.toByteArray();
    }
}

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

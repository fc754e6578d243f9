package org.briefkit.reliability;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;
import org.briefkit.model.Image;

/**
 * Real pictures for tests, encoded with ImageIO: PNGs of every colour type (grey, RGB, palette,
 * with and without alpha) and JPEGs (colour and grey), from 1 x 1 to a wide banner.
 */
final class Pictures {
    private static final List<Image> POOL = pool();

    private Pictures() {
    }

    /** @param random a source of randomness; @return one of the pool's pictures */
    static Image any(Random random) {
        return POOL.get(random.nextInt(POOL.size()));
    }

    /** @return every picture of the pool */
    static List<Image> all() {
        return POOL;
    }

    private static List<Image> pool() {
        List<Image> images = new ArrayList<>();
        int[][] sizes = {{1, 1}, {40, 20}, {300, 120}, {17, 400}, {1200, 60}};
        int[] types = {BufferedImage.TYPE_INT_RGB, BufferedImage.TYPE_INT_ARGB, BufferedImage.TYPE_BYTE_GRAY,
            BufferedImage.TYPE_BYTE_INDEXED, BufferedImage.TYPE_USHORT_GRAY};
        int n = 0;
        for (int[] size : sizes) {
            for (int type : types) {
                images.add(Image.of(encode(size[0], size[1], type, "png"), "pool-" + n++ + ".png"));
            }
            images.add(Image.of(encode(size[0], size[1], BufferedImage.TYPE_INT_RGB, "jpg"), "pool-" + n++ + ".jpg"));
            images.add(Image.of(encode(size[0], size[1], BufferedImage.TYPE_BYTE_GRAY, "jpg"), "pool-" + n++ + ".jpg"));
        }
        return List.copyOf(images);
    }

    /**
     * @param width  pixels across
     * @param height pixels down
     * @param type   a {@link BufferedImage} type
     * @param format {@code png} or {@code jpg}
     * @return the encoded file
     */
    static byte[] encode(int width, int height, int type, String format) {
        BufferedImage image = new BufferedImage(width, height, type);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(new Color(0x801F4E79, true));
            g.fillRect(0, 0, width, height);
            g.setColor(Color.ORANGE);
            g.fillOval(0, 0, Math.max(1, width / 2), Math.max(1, height / 2));
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no ImageIO writer for " + format + " of type " + type);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** @param width pixels across; @param height pixels down; @return an RGB PNG */
    static byte[] png(int width, int height) {
        return encode(width, height, BufferedImage.TYPE_INT_RGB, "png");
    }

    /** @param width pixels across; @param height pixels down; @return an RGB JPEG */
    static byte[] jpeg(int width, int height) {
        return encode(width, height, BufferedImage.TYPE_INT_RGB, "jpg");
    }
}

package org.briefkit.pdf.internal.draw;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.DrawObject;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.util.Matrix;
import org.briefkit.model.Attr;
import org.briefkit.model.Document;
import org.briefkit.model.Figure;
import org.briefkit.model.Image;
import org.briefkit.pdf.Fixtures;
import org.junit.jupiter.api.Test;

/** A sideways-stored photo is drawn upright, as its EXIF orientation says. */
class ImagesTest {
    /** Where a stored corner lands in the box, as (p from the left, q from the top), per orientation 1 to 8. */
    private static final float[][] STORED_TOP_LEFT = {{0, 0}, {1, 0}, {1, 1}, {0, 1}, {0, 0}, {1, 0}, {1, 1}, {0, 1}};
    private static final float[][] STORED_TOP_RIGHT = {{1, 0}, {0, 0}, {0, 1}, {1, 1}, {0, 1}, {1, 1}, {1, 0}, {0, 0}};

    @Test
    void eachOrientationPutsTheStoredCornersWhereExifSays() {
        float x = 100;
        float y = 200;
        float w = 60;
        float h = 80;
        for (int o = 1; o <= 8; o++) {
            float[] m = Images.upright(o, x, y, w, h);
            // The stored top row is v = 1 in PDF's unit square; left u = 0, right u = 1.
            assertArrayEquals(box(STORED_TOP_LEFT[o - 1], x, y, w, h), apply(m, 0, 1), 1e-3f, "top left, " + o);
            assertArrayEquals(box(STORED_TOP_RIGHT[o - 1], x, y, w, h), apply(m, 1, 1), 1e-3f, "top right, " + o);
        }
    }

    @Test
    void aPhotoStoredSidewaysIsDrawnUprightInThePdf() throws IOException {
        Image photo = Image.of(jpegWithOrientation(6), "portrait.jpg");
        Document doc = Document.builder(Fixtures.metadata("Portrait"))
                .add(new Figure(Attr.EMPTY, photo, "A portrait", List.of(), List.of())).build();
        byte[] pdf = Fixtures.render(doc, Fixtures.theme());
        List<Matrix> drawn = new ArrayList<>();
        try (PDDocument read = Loader.loadPDF(pdf)) {
            for (PDPage page : read.getPages()) {
                new PDFStreamEngine() {
                    {
                        addOperator(new org.apache.pdfbox.contentstream.operator.state.Concatenate(this));
                        addOperator(new org.apache.pdfbox.contentstream.operator.state.Save(this));
                        addOperator(new org.apache.pdfbox.contentstream.operator.state.Restore(this));
                        addOperator(new DrawObject(this) {
                            @Override
                            public void process(Operator operator, List<COSBase> operands) throws IOException {
                                if (getContext().getResources().getXObject((COSName) operands.get(0))
                                        instanceof PDImageXObject) {
                                    drawn.add(getContext().getGraphicsState().getCurrentTransformationMatrix());
                                }
                                super.process(operator, operands);
                            }
                        });
                    }
                }.processPage(page);
            }
        }
        assertEquals(1, drawn.size());
        Matrix m = drawn.get(0);
        // Turned a quarter clockwise: u runs down the page, v runs to the right.
        assertEquals(0, m.getValue(0, 0), 1e-3);
        assertEquals(0, m.getValue(1, 1), 1e-3);
        float across = m.getValue(1, 0);
        float down = -m.getValue(0, 1);
        assertEquals(300f / 400f, across / down, 1e-3, "drawn 300 wide by 400 tall, as seen upright");
    }

    private static float[] apply(float[] m, float u, float v) {
        return new float[] {m[0] * u + m[2] * v + m[4], m[1] * u + m[3] * v + m[5]};
    }

    private static float[] box(float[] pq, float x, float y, float w, float h) {
        return new float[] {x + pq[0] * w, y + (1 - pq[1]) * h};
    }

    /** A JPEG of 400 x 300 stored pixels, with a big-endian Exif segment giving {@code value}. */
    private static byte[] jpegWithOrientation(int value) throws IOException {
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB), "jpg", plain);
        byte[] jpeg = plain.toByteArray();
        byte[] tiff = {'M', 'M', 0, 42, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, (byte) value, 0, 0, 0, 0,
            0, 0};
        byte[] exif = "Exif\0\0".getBytes(StandardCharsets.ISO_8859_1);
        int length = 2 + exif.length + tiff.length;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xE1, (byte) (length >> 8), (byte) length});
        out.writeBytes(exif);
        out.writeBytes(tiff);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }
}

package org.briefkit.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.briefkit.benchmarks.PlainContent.Item;
import org.briefkit.model.Image;
import org.briefkit.model.ImageFormat;

/**
 * The DOCX floor: the same plain items written with POI XWPF's plain API and no styling logic:
 * a bare {@code new XWPFDocument()}, one paragraph with one run per title, heading, paragraph,
 * list item, code block (a line break per line) and note; one {@code createTable} per table, a
 * cell's text set with {@code setText}; one inline picture per figure, with its caption. No
 * styles, numbering, notes, sections, headers, fields, bookmarks, links or properties.
 */
final class PoiFloor {
    private PoiFloor() {
    }

    /**
     * @param items what to write
     * @param width the text width in points, which figures are scaled to
     * @param out   where the DOCX goes
     */
    static void write(List<Item> items, double width, OutputStream out) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            for (Item item : items) {
                switch (item.kind()) {
                    case TABLE -> table(doc, item.rows());
                    case FIGURE -> {
                        picture(doc, item.image(), width);
                        doc.createParagraph().createRun().setText(item.text());
                    }
                    case CODE -> {
                        XWPFRun run = doc.createParagraph().createRun();
                        String[] lines = item.text().split("\n", -1);
                        for (int i = 0; i < lines.length; i++) {
                            if (i > 0) {
                                run.addBreak();
                            }
                            run.setText(lines[i], i);
                        }
                    }
                    default -> doc.createParagraph().createRun().setText(item.text());
                }
            }
            doc.write(out);
        }
    }

    private static void table(XWPFDocument doc, List<List<String>> rows) {
        int columns = 1;
        for (List<String> row : rows) {
            columns = Math.max(columns, row.size());
        }
        XWPFTable table = doc.createTable(Math.max(1, rows.size()), columns);
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            for (int c = 0; c < row.size(); c++) {
                table.getRow(r).getCell(c).setText(row.get(c));
            }
        }
    }

    private static void picture(XWPFDocument doc, Image image, double width) throws IOException {
        PictureType type = image.format() == ImageFormat.PNG ? PictureType.PNG : PictureType.JPEG;
        try {
            doc.createParagraph().createRun().addPicture(new ByteArrayInputStream(image.data()), type, image.name(),
                    Units.toEMU(width), Units.toEMU(width * image.heightPx() / image.widthPx()));
        } catch (InvalidFormatException e) {
            throw new IOException(e);
        }
    }
}

package org.briefkit.docx.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.briefkit.model.Block;
import org.briefkit.model.CodeBlock;
import org.briefkit.model.Document;
import org.briefkit.model.Figure;
import org.briefkit.model.Heading;
import org.briefkit.model.Paragraph;
import org.briefkit.model.PlainText;
import org.briefkit.model.Table;
import org.briefkit.model.TableRow;
import org.briefkit.model.Walk;

/**
 * The baseline: the same paragraphs written with POI's plain API and no styling logic at all: one
 * paragraph and run per heading, paragraph or note paragraph (text only), one POI table per
 * table, one picture per figure. No styles, numbering, notes, sections, fields or bookmarks.
 */
final class RawPoi {
    private RawPoi() {
    }

    static byte[] write(Document document) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            Set<Block> inTables = Collections.newSetFromMap(new IdentityHashMap<>());
            Walk.document(document, block -> {
                if (inTables.contains(block)) {
                    return;
                }
                if (block instanceof Table t) {
                    Walk.nodes(List.of(t), inTables::add, inline -> { });
                    table(doc, t);
                } else if (block instanceof Paragraph p) {
                    doc.createParagraph().createRun().setText(PlainText.of(p.content()));
                } else if (block instanceof Heading h) {
                    doc.createParagraph().createRun().setText(PlainText.of(h.content()));
                } else if (block instanceof CodeBlock c) {
                    doc.createParagraph().createRun().setText(c.text());
                } else if (block instanceof Figure f) {
                    picture(doc, f);
                }
            }, inline -> { });
            ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
            doc.write(out);
            return out.toByteArray();
        }
    }

    private static void table(XWPFDocument doc, Table t) {
        List<TableRow> rows = new java.util.ArrayList<>(t.head());
        rows.addAll(t.body());
        XWPFTable table = doc.createTable(rows.size(), t.columns().size());
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < t.columns().size(); c++) {
                StringBuilder text = new StringBuilder();
                for (Block b : rows.get(r).cells().get(c).content()) {
                    if (b instanceof Paragraph p) {
                        text.append(PlainText.of(p.content()));
                    }
                }
                table.getRow(r).getCell(c).setText(text.toString());
            }
        }
    }

    private static void picture(XWPFDocument doc, Figure f) {
        try {
            doc.createParagraph().createRun().addPicture(f.image().openStream(), PictureType.PNG, f.image().name(),
                    Units.toEMU(468), Units.toEMU(468.0 * f.image().heightPx() / f.image().widthPx()));
        } catch (IOException | InvalidFormatException e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.briefkit.benchmarks;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.briefkit.benchmarks.PlainContent.Item;
import org.briefkit.theme.FontStyle;
import org.briefkit.theme.Theme;
import org.briefkit.theme.TypeScale;

/**
 * The PDF floor: the same plain items written with OpenPDF's high-level flow, {@code
 * Document.add}, and nothing of ours. The theme's page, margins, fonts (embedded, subset, as
 * Briefkit embeds them) and sizes; one {@code Paragraph} per title, heading, paragraph, list
 * item (indented, with a bullet), code block (monospace) and note (note size); one {@code
 * PdfPTable} per table, header rows repeated; one {@code Image} per figure, scaled to the text
 * width, with its caption. Body text justified, as Briefkit sets it. No hyphenation, no
 * keep-with-next, no widow control, no footnotes at the foot of the page, no covers, contents,
 * running heads, links, outlines or metadata: that is what the floor leaves out.
 */
final class OpenPdfFloor {
    private static volatile Fonts fonts;

    private OpenPdfFloor() {
    }

    /** The theme's faces, parsed once per process as a renderer would cache them. */
    private record Fonts(BaseFont serif, BaseFont sans, BaseFont mono) {
        static Fonts load(Theme theme) throws IOException {
            return new Fonts(font(theme.fonts().body().file(FontStyle.REGULAR).readAllBytes(), "body.ttf"),
                    font(theme.fonts().heading().file(FontStyle.BOLD).readAllBytes(), "heading.ttf"),
                    font(theme.fonts().mono().file(FontStyle.REGULAR).readAllBytes(), "mono.ttf"));
        }

        private static BaseFont font(byte[] bytes, String name) throws IOException {
            return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, bytes, null);
        }
    }

    /**
     * @param items what to write
     * @param theme the page, margins, fonts and sizes
     * @param out   where the PDF goes
     * @return the number of pages written
     */
    static int write(List<Item> items, Theme theme, OutputStream out) throws IOException {
        Fonts f = fonts;
        if (f == null) {
            f = Fonts.load(theme);
            fonts = f;
        }
        TypeScale type = theme.type();
        Font body = new Font(f.serif(), (float) type.body());
        Font note = new Font(f.serif(), (float) type.note());
        Font cell = new Font(f.serif(), (float) type.caption());
        Font code = new Font(f.mono(), (float) type.code());
        Font title = new Font(f.sans(), (float) type.title());
        float leading = (float) type.bodyLeading();
        float gap = (float) type.paragraphGap();
        float textWidth = (float) theme.textWidth();
        com.lowagie.text.Document pdf = new com.lowagie.text.Document(new Rectangle((float) theme.pageSize().width(),
                (float) theme.pageSize().height()), (float) theme.margins().left(1), (float) theme.margins().right(1),
                (float) theme.margins().top(), (float) theme.margins().bottom());
        PdfWriter writer = PdfWriter.getInstance(pdf, out);
        pdf.open();
        for (Item item : items) {
            switch (item.kind()) {
                case TITLE -> pdf.add(paragraph(item.text(), title, (float) type.title() * 1.2f, gap * 2, false));
                case HEADING -> {
                    float size = (float) type.heading(Math.min(6, item.level()));
                    com.lowagie.text.Paragraph p = paragraph(item.text(), new Font(f.sans(), size), size * 1.2f,
                            gap, false);
                    p.setSpacingBefore(size);
                    pdf.add(p);
                }
                case PARAGRAPH -> pdf.add(paragraph(item.text(), body, leading, gap, true));
                case LIST_ITEM -> {
                    com.lowagie.text.Paragraph p = paragraph("\u2022 " + item.text(), body, leading, gap / 2, true);
                    p.setIndentationLeft(18 * item.level());
                    pdf.add(p);
                }
                case CODE -> pdf.add(paragraph(item.text(), code, (float) type.code() * 1.25f, gap, false));
                case NOTE -> pdf.add(paragraph(item.text(), note, (float) type.note() * 1.25f, gap / 2, true));
                case TABLE -> pdf.add(table(item.rows(), item.level(), cell));
                case FIGURE -> {
                    Image image = Image.getInstance(item.image().data());
                    image.scaleToFit(textWidth, (float) theme.textHeight() / 2);
                    pdf.add(image);
                    pdf.add(paragraph(item.text(), note, (float) type.note() * 1.25f, gap, false));
                }
            }
        }
        pdf.close();
        return writer.getPageNumber();
    }

    private static com.lowagie.text.Paragraph paragraph(String text, Font font, float leading, float after,
            boolean justify) {
        com.lowagie.text.Paragraph p = new com.lowagie.text.Paragraph(leading, text, font);
        if (justify) {
            p.setAlignment(Element.ALIGN_JUSTIFIED);
        }
        p.setSpacingAfter(after);
        return p;
    }

    private static PdfPTable table(List<List<String>> rows, int headRows, Font font) {
        int columns = 1;
        for (List<String> row : rows) {
            columns = Math.max(columns, row.size());
        }
        PdfPTable table = new PdfPTable(columns);
        table.setWidthPercentage(100);
        table.setHeaderRows(Math.min(headRows, rows.size()));
        table.setSpacingBefore(6);
        table.setSpacingAfter(6);
        for (List<String> row : rows) {
            for (int c = 0; c < columns; c++) {
                table.addCell(new PdfPCell(new Phrase(c < row.size() ? row.get(c) : "", font)));
            }
        }
        return table;
    }
}

package org.briefkit.docx.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.briefkit.docx.Samples;
import org.briefkit.model.Alignment;
import org.briefkit.model.Attr;
import org.briefkit.model.Author;
import org.briefkit.model.BulletList;
import org.briefkit.model.Callout;
import org.briefkit.model.Document;
import org.briefkit.model.DocumentBuilder;
import org.briefkit.model.DocumentKind;
import org.briefkit.model.Emphasis;
import org.briefkit.model.Figure;
import org.briefkit.model.Heading;
import org.briefkit.model.Image;
import org.briefkit.model.Inline;
import org.briefkit.model.Link;
import org.briefkit.model.ListItem;
import org.briefkit.model.Metadata;
import org.briefkit.model.Note;
import org.briefkit.model.Paragraph;
import org.briefkit.model.PullQuote;
import org.briefkit.model.Strong;
import org.briefkit.model.Table;
import org.briefkit.model.TableColumn;
import org.briefkit.model.TableRow;
import org.briefkit.model.Text;

/**
 * Synthetic documents of realistic proportions for the benchmark: a brief of about 10 Letter pages
 * and a report of about 300, as LibreOffice 7.4 paginates them with the default theme (11 and 301
 * pages, covers, contents and notes included). Prose
 * paragraphs of 80-130 words with some emphasis, links and notes; a list, a table and a figure
 * every few sections; the report's chapters open with a callout and end with a data table.
 */
final class BenchDocuments {
    private static final String[] WORDS = ("coastal counties produced a larger share of national output than at "
            + "any time in the past two decades led by port logistics offshore energy and tourism yet the same "
            + "counties recorded the highest growth in insured losses as storms reached further inland and flood "
            + "maps lagged behind the water local governments responded with new bonds and fees but the revenue "
            + "behind them is uneven and often depends on property values that the risk itself threatens federal "
            + "programs filled part of the gap though most of their money arrives after a disaster rather than "
            + "before it when a dollar of prevention saves several of repair").split(" ");

    private BenchDocuments() {
    }

    /** @return a brief of about 10 pages */
    static Document brief() {
        return build(DocumentKind.BRIEF, 3, 2, 4, 6);
    }

    /** @return a report of about 300 pages */
    static Document report() {
        return build(DocumentKind.REPORT, 16, 6, 15, 30);
    }

    private static Document build(DocumentKind kind, int chapters, int sections, int paragraphs, int tableRows) {
        Metadata meta = Metadata.builder(kind == DocumentKind.BRIEF ? "Steady Currents" : "The State of the Coast")
                .kind(kind).subtitle("A benchmark document").organization(Samples.INSTITUTE)
                .programLabel("Coastal Economies Program").date(LocalDate.of(2026, 6, 1))
                .author(new Author("Elena Marsh", "Senior Fellow", "Elena Marsh leads the adaptation finance work."))
                .copyright("© 2026 Harbor Policy Institute").build();
        Image chart = Image.of(Samples.png(600, 340), "chart.png");
        DocumentBuilder b = Document.builder(meta).summary(Paragraph.of(prose(0, 110)), Paragraph.of(prose(1, 90)),
                new Callout(Attr.EMPTY, List.of(new Text("Key takeaways")), List.of(new BulletList(List.of(
                        ListItem.of(prose(2, 14)), ListItem.of(prose(3, 12)), ListItem.of(prose(4, 16)))))));
        int seed = 10;
        for (int c = 1; c <= chapters; c++) {
            b.add(new Heading(1, Attr.id("ch-" + c), List.of(new Text("Chapter " + c + ": " + prose(seed++, 4)))));
            for (int s = 1; s <= sections; s++) {
                b.add(new Heading(2, Attr.EMPTY, List.of(new Text(c + "." + s + " " + prose(seed++, 5)))));
                for (int p = 0; p < paragraphs; p++) {
                    List<Inline> inlines = new ArrayList<>();
                    inlines.add(new Text(prose(seed++, 50)));
                    inlines.add(Emphasis.of(prose(seed++, 3)));
                    inlines.add(new Text(" " + prose(seed++, 30)));
                    if (p % 3 == 1) {
                        inlines.add(new Note(List.of(Paragraph.of("Source: " + prose(seed++, 12) + "."))));
                    }
                    if (p % 4 == 2) {
                        inlines.add(new Text(" See "));
                        inlines.add(Link.to("#ch-" + c, "chapter " + c));
                        inlines.add(new Text(" and "));
                        inlines.add(Link.to("https://data.example.org/" + c, "the data"));
                    }
                    inlines.add(Strong.of(" " + prose(seed++, 4)));
                    inlines.add(new Text(" " + prose(seed++, 25) + "."));
                    b.add(new Paragraph(inlines));
                }
                if (s % 2 == 0) {
                    b.add(new BulletList(List.of(ListItem.of(prose(seed++, 15)), ListItem.of(prose(seed++, 12)),
                            ListItem.of(prose(seed++, 18)), ListItem.of(prose(seed++, 10)))));
                }
                if (s % 3 == 0) {
                    b.add(new Figure(Attr.EMPTY, chart, "Chart " + c + "." + s, List.of(new Text("Figure " + c + "."
                            + s)), List.of(new Text("Source: institute analysis."))));
                }
                if (s == sections) {
                    b.add(new PullQuote(List.of(new Text(prose(seed++, 14))), List.of(new Text("Elena Marsh"))));
                }
            }
            List<TableRow> rows = new ArrayList<>();
            for (int r = 1; r <= tableRows; r++) {
                rows.add(TableRow.of(prose(seed++, 3), Integer.toString(100 + r * 7), String.format("%.1f", r * 1.3),
                        String.format("%d%%", r % 100)));
            }
            b.add(new Table(Attr.EMPTY, List.of(new Text("Table " + c)), List.of(TableColumn.of(Alignment.LEFT),
                    TableColumn.of(Alignment.RIGHT), TableColumn.of(Alignment.RIGHT), TableColumn.of(Alignment.RIGHT)),
                    List.of(TableRow.of("Item", "Count", "Rate", "Share")), rows));
        }
        return b.build();
    }

    private static String prose(int seed, int words) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words; i++) {
            String w = WORDS[(seed * 31 + i * 7) % WORDS.length];
            out.append(i == 0 ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : " " + w);
        }
        return out.toString();
    }
}

package org.briefkit.benchmarks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.briefkit.model.Alignment;
import org.briefkit.model.Attr;
import org.briefkit.model.Author;
import org.briefkit.model.BlockQuote;
import org.briefkit.model.BulletList;
import org.briefkit.model.Document;
import org.briefkit.model.DocumentBuilder;
import org.briefkit.model.DocumentKind;
import org.briefkit.model.Emphasis;
import org.briefkit.model.Heading;
import org.briefkit.model.Inline;
import org.briefkit.model.Link;
import org.briefkit.model.ListItem;
import org.briefkit.model.Metadata;
import org.briefkit.model.Note;
import org.briefkit.model.OrderedList;
import org.briefkit.model.Organization;
import org.briefkit.model.Paragraph;
import org.briefkit.model.Strong;
import org.briefkit.model.Table;
import org.briefkit.model.TableColumn;
import org.briefkit.model.TableRow;
import org.briefkit.model.Text;
import org.briefkit.pdf.PdfOptions;
import org.briefkit.pdf.internal.PdfRender;
import org.briefkit.theme.Theme;

/**
 * Reports of a given number of Letter pages, built with the builder API in the proportions of a
 * think-tank report: a level-1 heading per chapter and level-2 headings inside it, prose
 * paragraphs of 50 to 140 words with some emphasis, strong text and links, a note in one
 * paragraph of three, a bullet or numbered list every other section, a quotation now and then, a
 * table of 6 to 12 rows every fourth section. The same count always gives the same document.
 */
final class SyntheticReport {
    private static final String[] WORDS = ("the alliance report examines future dynamic moment marked by enormous "
            + "security challenges as well some new cooperation opportunities specifically focuses on three areas "
            + "that have been relatively understudied policy and academic communities offers recommendations for "
            + "officials in both capitals who must manage an increasingly complicated relationship between partners "
            + "regional institutions budget defense technology minilateral multilateral settings coordination "
            + "government ministers agreement analysis evidence heat shelters cities residents cooling centres "
            + "hours during summer afternoons elderly vulnerable households municipal programs funding coastal "
            + "counties produced larger share national output than at any time past two decades led port logistics "
            + "offshore energy tourism yet same recorded highest growth insured losses storms reached further "
            + "inland flood maps lagged behind water local governments responded bonds fees revenue").split(" ");

    private SyntheticReport() {
    }

    /**
     * @param pages the page count wanted
     * @return the number of sections that lays out to about that many pages (a first layout scales it)
     */
    static int sectionsFor(int pages) {
        int sections = Math.max(1, pages);
        for (int i = 0; i < 2; i++) {
            int laidOut = pages(of(sections));
            sections = Math.max(1, (int) Math.round((double) sections * pages / laidOut));
        }
        return sections;
    }

    /** @return how many pages the PDF renderer makes of a document (its layout alone) */
    static int pages(Document doc) {
        return new PdfRender(PdfOptions.builder().systemFonts(false).build(), doc, Theme.letter()).layout()
                .pages().size();
    }

    /** @param sections how many level-1 sections; @return the report */
    static Document of(int sections) {
        Random random = new Random(2026);
        DocumentBuilder b = Document.builder(Metadata.builder("The State of the Coast")
                .kind(DocumentKind.REPORT).subtitle("A synthetic report of " + sections + " sections")
                .author(new Author("Jane Doe", "Senior Fellow", "Jane Doe leads the institute's coastal work."))
                .author("Tomás Reyes", "Research Associate")
                .organization(Organization.of("Example Institute")).programLabel("Coastal Economies Program")
                .date(LocalDate.of(2026, 3, 15)).copyright("© 2026 Example Institute").build());
        b.summary(Paragraph.of(words(random, 120)), Paragraph.of(words(random, 90)));
        for (int s = 0; s < sections; s++) {
            b.add(new Heading(1, Attr.id("s" + (s + 1)), List.of(new Text("Section " + (s + 1) + ". "
                    + words(random, 4)))));
            int paragraphs = 2 + random.nextInt(3);
            for (int p = 0; p < paragraphs; p++) {
                if (p == 1 && random.nextBoolean()) {
                    b.add(Heading.of(2, words(random, 5)));
                }
                b.add(new Paragraph(prose(random, s)));
            }
            if (s % 2 == 0) {
                List<ListItem> items = new ArrayList<>();
                for (int i = 0; i < 3 + random.nextInt(3); i++) {
                    items.add(ListItem.of(words(random, 8 + random.nextInt(20))));
                }
                b.add(s % 6 == 4 ? new OrderedList(1, org.briefkit.model.NumberStyle.DECIMAL, items)
                        : new BulletList(items));
            }
            if (s % 5 == 2) {
                b.add(new BlockQuote(List.of(Paragraph.of(words(random, 30))), List.of(new Text("Jane Doe"))));
            }
            if (s % 4 == 3) {
                List<TableRow> rows = new ArrayList<>();
                for (int r = 0; r < 6 + random.nextInt(6); r++) {
                    rows.add(TableRow.of("Item " + r, words(random, 3 + random.nextInt(10)),
                            Integer.toString(random.nextInt(100_000)), random.nextInt(100) + "%"));
                }
                b.add(new Table(Attr.EMPTY, List.of(new Text("Table " + (s + 1) + ". " + words(random, 5))),
                        List.of(TableColumn.of(Alignment.LEFT), TableColumn.of(Alignment.LEFT),
                                TableColumn.of(Alignment.RIGHT), TableColumn.of(Alignment.RIGHT)),
                        List.of(TableRow.of("Item", "Description", "Amount", "Share")), rows));
            }
        }
        return b.build();
    }

    private static List<Inline> prose(Random random, int section) {
        List<Inline> content = new ArrayList<>();
        content.add(new Text(words(random, 30 + random.nextInt(50)) + " "));
        if (random.nextInt(3) == 0) {
            content.add(Emphasis.of(words(random, 3)));
            content.add(new Text(" "));
        }
        if (random.nextInt(4) == 0) {
            content.add(Strong.of(words(random, 2)));
            content.add(new Text(" "));
        }
        if (random.nextInt(6) == 0) {
            content.add(random.nextBoolean() ? Link.to("#s" + (section + 1), "this section")
                    : Link.to("https://data.example.org/" + section, "the data"));
            content.add(new Text(" "));
        }
        content.add(new Text(words(random, 20 + random.nextInt(40))));
        if (random.nextInt(3) == 0) {
            content.add(Note.of(words(random, 12 + random.nextInt(30))));
            content.add(new Text(" " + words(random, 10 + random.nextInt(30))));
        }
        return content;
    }

    private static String words(Random random, int count) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < count; i++) {
            String w = WORDS[random.nextInt(WORDS.length)];
            out.append(i == 0 ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : " " + w);
        }
        return out.append('.').toString();
    }
}

package org.briefkit.benchmarks;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.briefkit.model.Alignment;
import org.briefkit.model.Attr;
import org.briefkit.model.Block;
import org.briefkit.model.BulletList;
import org.briefkit.model.Document;
import org.briefkit.model.DocumentBuilder;
import org.briefkit.model.Heading;
import org.briefkit.model.Inline;
import org.briefkit.model.ListItem;
import org.briefkit.model.Metadata;
import org.briefkit.model.Note;
import org.briefkit.model.Organization;
import org.briefkit.model.Paragraph;
import org.briefkit.model.PlainText;
import org.briefkit.model.Table;
import org.briefkit.model.TableColumn;
import org.briefkit.model.TableRow;
import org.briefkit.model.Text;
import org.briefkit.pdf.PdfOptions;
import org.briefkit.pdf.PdfRenderer;
import org.briefkit.theme.FontStyle;
import org.briefkit.theme.Fonts;
import org.briefkit.theme.Theme;

/**
 * Times PDF renders of synthetic reports of about 10, 300 and 1,000 pages (headings, paragraphs,
 * lists, tables and notes in the proportions of a think-tank report) and, in the same run, raw
 * OpenPDF {@code Document.add} of the same headings, paragraphs and list items (OpenPDF's own
 * flow cannot set footnotes or repeat table headers, so tables and notes are left out of its
 * share: the comparison flatters OpenPDF). Each size is warmed up, then measured several times;
 * the median time per page is reported with the peak heap of the measured runs (the sum of the
 * heap pools' peaks, an upper bound). Run it with a small heap to prove that 1,000 pages fit:
 *
 * <pre>
 * mvn -B -q -pl benchmarks -am verify -Pbenchmark -DskipTests
 * </pre>
 *
 * Not a test: it only compiles during the normal build.
 */
public final class PdfBenchmark {
    private static final String[] WORDS = ("the alliance report examines future dynamic moment marked by enormous "
            + "security challenges as well some new cooperation opportunities specifically focuses on three areas "
            + "that have been relatively understudied policy and academic communities offers recommendations for "
            + "officials in both capitals who must manage an increasingly complicated relationship between partners "
            + "regional institutions budget defense technology minilateral multilateral settings coordination "
            + "government ministers agreement analysis evidence heat shelters cities residents cooling centres "
            + "hours during summer afternoons elderly vulnerable households municipal programs funding").split(" ");

    private PdfBenchmark() {
    }

    /**
     * @param args page counts to measure, separated by spaces or given as separate arguments
     * @throws IOException never: output goes to a counting sink
     */
    public static void main(String[] args) throws IOException {
        List<Integer> sizes = new ArrayList<>();
        for (String a : args) {
            for (String part : a.trim().split("\\s+")) {
                if (!part.isEmpty()) {
                    sizes.add(Integer.parseInt(part));
                }
            }
        }
        if (sizes.isEmpty()) {
            sizes = List.of(10, 300, 1000);
        }
        Theme theme = Theme.letter();
        PdfOptions options = PdfOptions.builder().systemFonts(false).build();
        PdfRenderer renderer = PdfRenderer.create(options);
        System.out.printf(Locale.ROOT, "Java %s, %d cores, max heap %d MB%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        warmUp(renderer, theme);
        System.out.printf(Locale.ROOT, "%-7s | %-44s | %-40s%n", "target", "Briefkit PdfRenderer (layout + draw)",
                "raw OpenPDF Document.add, same paragraphs");
        System.out.printf(Locale.ROOT, "%-7s | %6s %9s %9s %9s %7s | %6s %9s %9s %7s%n", "pages", "pages", "ms/page",
                "total ms", "min ms", "peak MB", "pages", "ms/page", "total ms", "peak MB");
        for (int target : sizes) {
            Document doc = document(renderer, theme, target);
            int warmups = target >= 1000 ? 1 : target >= 300 ? 3 : 20;
            int runs = target >= 1000 ? 5 : target >= 300 ? 7 : 30;
            int pages = pages(doc, theme);
            Result briefkit = measure(warmups, runs, () -> {
                renderer.render(doc, theme, new Counter());
                return pages;
            });
            Result openPdf = measure(warmups, runs, () -> openPdf(doc, new Counter()));
            System.out.printf(Locale.ROOT, "%-7d | %6d %9.2f %9.0f %9.0f %7d | %6d %9.2f %9.0f %7d%n", target,
                    briefkit.pages, briefkit.median / briefkit.pages, briefkit.median, briefkit.min, briefkit.peakMb,
                    openPdf.pages, openPdf.median / openPdf.pages, openPdf.median, openPdf.peakMb);
        }
    }

    /** Runs both renderers on a 50-page report for about ten seconds, so the JIT has compiled the hot paths. */
    private static void warmUp(PdfRenderer renderer, Theme theme) throws IOException {
        Document doc = document(renderer, theme, 50);
        long until = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < until) {
            renderer.render(doc, theme, new Counter());
            openPdf(doc, new Counter());
        }
    }

    /** A render to time; returns the page count. */
    private interface Render {
        int run() throws IOException;
    }

    private record Result(int pages, double median, double min, long peakMb) {
    }

    private static Result measure(int warmups, int runs, Render render) throws IOException {
        for (int i = 0; i < warmups; i++) {
            render.run();
        }
        double[] times = new double[runs];
        int pages = 0;
        long peak = 0;
        for (int i = 0; i < runs; i++) {
            System.gc();
            resetPeaks();
            long start = System.nanoTime();
            pages = render.run();
            times[i] = (System.nanoTime() - start) / 1e6;
            peak = Math.max(peak, peakHeap());
        }
        Arrays.sort(times);
        return new Result(pages, times[runs / 2], times[0], peak >> 20);
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    /** A report of about {@code pages} pages: the section count is scaled from a first layout. */
    static Document document(PdfRenderer renderer, Theme theme, int pages) {
        int sections = Math.max(1, pages);
        Document doc = report(sections);
        int laidOut = pages(doc, theme);
        sections = Math.max(1, (int) Math.round((double) sections * pages / laidOut));
        return report(sections);
    }

    /** @return how many pages the renderer makes of a document (its layout, without writing) */
    static int pages(Document doc, Theme theme) {
        PdfOptions options = PdfOptions.builder().systemFonts(false).build();
        return new org.briefkit.pdf.internal.PdfRender(options, doc, theme).layout().pages().size();
    }

    /** Sections of a report, in realistic proportions; the same for the same count. */
    static Document report(int sections) {
        Random random = new Random(2026);
        DocumentBuilder b = Document.builder(Metadata.builder("Benchmark report").subtitle("Synthetic, " + sections
                + " sections").author("Jane Doe", "Senior Fellow").organization(Organization.of("Example Institute"))
                .date(java.time.LocalDate.of(2026, 3, 15)).build());
        b.summary(Paragraph.of(words(random, 120)));
        for (int s = 0; s < sections; s++) {
            b.add(Heading.of(1, "Section " + (s + 1) + ". " + words(random, 4)));
            int paragraphs = 2 + random.nextInt(3);
            for (int p = 0; p < paragraphs; p++) {
                if (p == 1 && random.nextBoolean()) {
                    b.add(Heading.of(2, words(random, 5)));
                }
                List<Inline> content = new ArrayList<>();
                content.add(new Text(words(random, 50 + random.nextInt(90))));
                if (random.nextInt(3) == 0) {
                    content.add(Note.of(words(random, 12 + random.nextInt(30))));
                    content.add(new Text(" " + words(random, 10 + random.nextInt(30))));
                }
                b.add(new Paragraph(content));
            }
            if (s % 2 == 0) {
                List<ListItem> items = new ArrayList<>();
                for (int i = 0; i < 3 + random.nextInt(3); i++) {
                    items.add(ListItem.of(words(random, 8 + random.nextInt(20))));
                }
                b.add(new BulletList(items));
            }
            if (s % 4 == 3) {
                List<TableRow> rows = new ArrayList<>();
                for (int r = 0; r < 6 + random.nextInt(6); r++) {
                    rows.add(TableRow.of("Item " + r, words(random, 3 + random.nextInt(10)),
                            Integer.toString(random.nextInt(100_000))));
                }
                b.add(new Table(Attr.EMPTY, List.of(new Text("Table " + s)), List.of(TableColumn.of(Alignment.LEFT),
                        TableColumn.of(Alignment.LEFT), TableColumn.of(Alignment.RIGHT)),
                        List.of(TableRow.of("Item", "Description", "Amount")), rows));
            }
        }
        return b.build();
    }

    private static String words(Random random, int count) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < count; i++) {
            String w = WORDS[random.nextInt(WORDS.length)];
            out.append(i == 0 ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : " " + w);
        }
        return out.append('.').toString();
    }

    private static BaseFont serif;
    private static BaseFont sans;

    /** The same headings, paragraphs and list items through OpenPDF's high-level flow, same fonts and sizes. */
    static int openPdf(Document doc, OutputStream out) throws IOException {
        if (serif == null) {
            serif = BaseFont.createFont("LiberationSerif-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false,
                    Fonts.LIBERATION.body().file(FontStyle.REGULAR).readAllBytes(), null);
            sans = BaseFont.createFont("LiberationSans-Bold.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false,
                    Fonts.LIBERATION.heading().file(FontStyle.BOLD).readAllBytes(), null);
        }
        Font body = new Font(serif, 11);
        Font heading = new Font(sans, 14);
        com.lowagie.text.Document pdf = new com.lowagie.text.Document(PageSize.LETTER, 72, 72, 72, 72);
        PdfWriter writer = PdfWriter.getInstance(pdf, out);
        pdf.open();
        List<Block> blocks = new ArrayList<>(doc.summary());
        blocks.addAll(doc.body());
        for (Block block : blocks) {
            if (block instanceof Heading h) {
                com.lowagie.text.Paragraph p = new com.lowagie.text.Paragraph(PlainText.of(h.content()), heading);
                p.setSpacingBefore(12);
                p.setSpacingAfter(4);
                pdf.add(p);
            } else if (block instanceof Paragraph para) {
                pdf.add(paragraph(PlainText.of(para.content()), body));
            } else if (block instanceof BulletList list) {
                for (ListItem item : list.items()) {
                    for (Block inner : item.content()) {
                        if (inner instanceof Paragraph p) {
                            pdf.add(paragraph("\u2022 " + PlainText.of(p.content()), body));
                        }
                    }
                }
            }
        }
        pdf.close();
        return writer.getPageNumber();
    }

    private static com.lowagie.text.Paragraph paragraph(String text, Font font) {
        com.lowagie.text.Paragraph p = new com.lowagie.text.Paragraph(14.3f, text, font);
        p.setAlignment(Element.ALIGN_JUSTIFIED);
        p.setSpacingAfter(6);
        return p;
    }

    /** Counts bytes and throws them away. */
    private static final class Counter extends OutputStream {
        private long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}

package org.briefkit.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.briefkit.benchmarks.Harness.Plan;
import org.briefkit.benchmarks.Harness.Stats;
import org.briefkit.benchmarks.Harness.Subject;
import org.briefkit.benchmarks.Inputs.Markdown;
import org.briefkit.docx.DocxRenderer;
import org.briefkit.markdown.MarkdownReader;
import org.briefkit.model.Document;
import org.briefkit.pdf.PdfOptions;
import org.briefkit.pdf.PdfRenderer;
import org.briefkit.theme.Theme;

/**
 * Every benchmark of docs/PERFORMANCE.md, in one run, so that the ratios hold on a noisy machine:
 *
 * <ol>
 * <li>warm, in this JVM, on the three samples, pandoc's manual and synthetic reports of 10, 100
 * and 1,000 pages: Briefkit's Markdown parse, PDF render, DOCX render, and both (Markdown to PDF
 * and DOCX); the floors, raw OpenPDF and raw POI writing the same text ({@link OpenPdfFloor},
 * {@link PoiFloor}); the peer, flexmark to HTML to openhtmltopdf ({@link HtmlPeer}); all
 * subjects of one input in interleaved rounds ({@link Harness});</li>
 * <li>pandoc's manual as processes: pandoc to DOCX (and to PDF when a PDF engine is installed)
 * against the briefkit command line (examples/target/briefkit.jar, JVM start included);</li>
 * <li>press releases per second, Markdown to PDF and DOCX, on 1 and 2 threads, warm;</li>
 * <li>the 1,000-page report rendered once in a fresh JVM with -Xmx256m, per writer: whether it
 * fits, and the peak heap ({@link MemoryProbe}); then the smallest heap each renderer needs.</li>
 * </ol>
 *
 * The tables go to standard output and to the file named by {@code bench.out}, in Markdown.
 * {@code -Dbench.mode=quick} runs every part briefly (a smoke test; the figures are not for
 * publishing). Run by {@code mvn -B -q -pl benchmarks -am verify -Pbenchmark -DskipTests}.
 */
public final class Benchmarks {
    private static final int[] REPORT_PAGES = {10, 100, 1000};
    private static final String PARSE = "parse";
    private static final String PDF = "PDF";
    private static final String DOCX = "DOCX";
    private static final String BOTH = "both";
    private static final String OPENPDF = "OpenPDF floor";
    private static final String POI = "POI floor";
    private static final String PEER = "openhtmltopdf peer";

    private final boolean quick;
    private final Theme theme = Theme.letter();
    private final AtomicLong warnings = new AtomicLong();
    /** The command line's settings: installed fonts searched for characters the theme's fonts lack. */
    private final PdfRenderer pdf = PdfRenderer.create(PdfOptions.builder().warnings(w -> warnings.incrementAndGet())
            .build());
    private final DocxRenderer docx = DocxRenderer.create();
    private final MarkdownReader reader = MarkdownReader.standard();
    private final HtmlPeer peer = new HtmlPeer(theme);
    private final StringBuilder report = new StringBuilder();
    private final List<Result> results = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    /** Whether each Briefkit writer rendered the 1,000-page report in -Xmx256m, once measured. */
    private final Map<String, Boolean> fitsIn256 = new LinkedHashMap<>();

    /** One input's samples. */
    private record Result(String input, boolean markdown, int pdfPages, int floorPages, int peerPages,
            Map<String, double[]> samples) {
        Stats stats(String subject) {
            double[] s = samples.get(subject);
            return s == null ? null : Stats.of(s);
        }
    }

    private Benchmarks(boolean quick) {
        this.quick = quick;
    }

    /** @param args none; see the system properties in the class comment */
    public static void main(String[] args) throws Exception {
        boolean quick = System.getProperty("bench.mode", "full").equals("quick");
        Benchmarks b = new Benchmarks(quick);
        b.run();
    }

    private void run() throws Exception {
        long start = System.nanoTime();
        String loadBefore = load();
        environment();
        List<Markdown> inputs = new ArrayList<>(Inputs.samples());
        Optional<Markdown> manual = Inputs.manual();
        if (manual.isPresent()) {
            inputs.add(manual.get());
        } else {
            note("pandoc's manual is absent (looked in " + Inputs.corpus() + "; set -Dbench.corpus=FOLDER): "
                    + "its rows, the peer target and the pandoc comparison are skipped.");
            System.err.println("benchmarks: " + notes.get(notes.size() - 1));
        }
        for (Markdown m : inputs) {
            results.add(markdown(m));
        }
        for (int pages : REPORT_PAGES) {
            results.add(synthetic(pages));
        }
        timesTable();
        ratiosTable();
        scalingTable();
        String processes = manual.isPresent() ? processes(manual.get()) : "";
        String throughput = throughput(Inputs.samples().get(0));
        String memory = memory();
        report.append(processes).append(throughput).append(memory);
        targets();
        report.append("\nLoad average (1, 5, 15 min) before: ").append(loadBefore).append("; after: ")
                .append(load()).append(String.format(Locale.ROOT, ". The run took %.1f min.%n",
                        (System.nanoTime() - start) / 60e9));
        if (!notes.isEmpty()) {
            report.append('\n');
            notes.forEach(n -> report.append("- ").append(n).append('\n'));
        }
        details();
        System.out.println();
        System.out.print(report);
        String out = System.getProperty("bench.out", "");
        if (!out.isBlank()) {
            Files.createDirectories(Path.of(out).toAbsolutePath().getParent());
            Files.writeString(Path.of(out), report, StandardCharsets.UTF_8);
            System.err.println("benchmarks: tables written to " + out);
        }
    }

    private void note(String text) {
        notes.add(text);
    }

    /**
     * @param warm      the least warm-up time, s
     * @param seconds   the measured rounds' budget, s
     * @param minRounds the least measured rounds
     * @param maxRounds the most
     * @param sampleMs  the least duration of one sample
     */
    private Plan plan(double warm, double seconds, int minRounds, int maxRounds, double sampleMs) {
        Plan p = new Plan(warm, 2, minRounds, maxRounds, seconds, sampleMs);
        return quick ? p.scaled(0.25, 3) : p;
    }

    // ---------------------------------------------------------------- in-process

    private Result markdown(Markdown m) throws Exception {
        System.err.println("benchmarks: " + m.name() + " (" + m.text().length() / 1024 + " KB of Markdown)");
        Path folder = m.folder();
        String source = m.file().toString();
        Document doc = reader.read(m.text(), folder, source);
        List<PlainContent.Item> items = PlainContent.of(doc);
        long before = warnings.get();
        int pdfPages = pages(out -> pdf.render(doc, theme, out));
        if (warnings.get() > before) {
            note(m.name() + ": the PDF renderer reported " + (warnings.get() - before)
                    + " warnings (characters no font has), as the command line would.");
        }
        int floorPages = pages(out -> OpenPdfFloor.write(items, theme, out));
        int peerPages = pages(out -> peer.render(m.text(), folder, out));
        OutputStream sink = new Sink();
        List<Subject> subjects = List.of(
                new Subject(PARSE, () -> reader.read(m.text(), folder, source)),
                new Subject(PDF, () -> pdf.render(doc, theme, sink)),
                new Subject(DOCX, () -> docx.render(doc, theme, sink)),
                new Subject(BOTH, () -> {
                    Document d = reader.read(m.text(), folder, source);
                    pdf.render(d, theme, sink);
                    docx.render(d, theme, sink);
                }),
                new Subject(OPENPDF, () -> OpenPdfFloor.write(items, theme, sink)),
                new Subject(POI, () -> PoiFloor.write(items, theme.textWidth(), sink)),
                new Subject(PEER, () -> peer.render(m.text(), folder, sink)));
        int size = m.text().length();
        Plan plan = size < 10_000 ? plan(8, 15, 15, 40, 40) : size < 50_000 ? plan(8, 15, 12, 30, 60)
                : size < 200_000 ? plan(10, 30, 7, 15, 100) : plan(12, 45, 7, 12, 0);
        return new Result(m.name(), true, pdfPages, floorPages, peerPages, Harness.run(m.name(), subjects, plan));
    }

    private Result synthetic(int target) throws Exception {
        int sections = SyntheticReport.sectionsFor(target);
        Document doc = SyntheticReport.of(sections);
        String name = "report, " + String.format(Locale.ROOT, "%,d", target) + " pages";
        System.err.println("benchmarks: " + name + " (" + sections + " sections)");
        List<PlainContent.Item> items = PlainContent.of(doc);
        int pdfPages = pages(out -> pdf.render(doc, theme, out));
        int floorPages = pages(out -> OpenPdfFloor.write(items, theme, out));
        OutputStream sink = new Sink();
        List<Subject> subjects = List.of(
                new Subject(PDF, () -> pdf.render(doc, theme, sink)),
                new Subject(DOCX, () -> docx.render(doc, theme, sink)),
                new Subject(BOTH, () -> {
                    pdf.render(doc, theme, sink);
                    docx.render(doc, theme, sink);
                }),
                new Subject(OPENPDF, () -> OpenPdfFloor.write(items, theme, sink)),
                new Subject(POI, () -> PoiFloor.write(items, theme.textWidth(), sink)));
        Plan plan = target <= 10 ? plan(6, 12, 15, 40, 60) : target <= 100 ? plan(8, 20, 10, 25, 100)
                : plan(10, 45, 7, 9, 0);
        return new Result(name, false, pdfPages, floorPages, 0, Harness.run(name, subjects, plan));
    }

    private interface Writer {
        void write(OutputStream out) throws Exception;
    }

    /** @return the pages of a PDF, read back with PDFBox */
    private static int pages(Writer writer) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
        writer.write(bytes);
        try (PDDocument doc = Loader.loadPDF(bytes.toByteArray())) {
            return doc.getNumberOfPages();
        }
    }

    private void timesTable() {
        report.append("""

                ### Warm, in one JVM: median time per document, ms (± half the interquartile range)

                | input | PDF pages | parse | PDF | DOCX | both | OpenPDF floor | POI floor | openhtmltopdf peer |
                |---|--:|--:|--:|--:|--:|--:|--:|--:|
                """);
        for (Result r : results) {
            report.append("| ").append(r.input()).append(" | ").append(r.pdfPages());
            for (String s : List.of(PARSE, PDF, DOCX, BOTH, OPENPDF, POI, PEER)) {
                Stats st = r.stats(s);
                report.append(" | ").append(st == null ? "–" : ms(st));
            }
            report.append(" |\n");
        }
        report.append("""

                *parse*: Markdown to model; *PDF*, *DOCX*: model to file; *both*: Markdown to PDF and DOCX \
                (parse included for Markdown inputs). Floors write the model's text, extracted before the \
                clock starts. The peer starts from the Markdown. Pages: Briefkit's PDF.
                """);
    }

    private void ratiosTable() {
        report.append("""

                ### Ratios, round by round: median [p25–p75]

                | input | PDF / OpenPDF floor | DOCX / POI floor | peer / Briefkit Markdown → PDF | \
                PDF pages: Briefkit / floor / peer |
                |---|--:|--:|--:|--:|
                """);
        for (Result r : results) {
            report.append("| ").append(r.input()).append(" | ")
                    .append(ratio(Harness.ratios(r.samples().get(PDF), r.samples().get(OPENPDF)))).append(" | ")
                    .append(ratio(Harness.ratios(r.samples().get(DOCX), r.samples().get(POI)))).append(" | ");
            if (r.markdown()) {
                report.append(ratio(Harness.ratios(r.samples().get(PEER),
                        Harness.sum(r.samples().get(PARSE), r.samples().get(PDF)))));
            } else {
                report.append("–");
            }
            report.append(" | ").append(r.pdfPages()).append(" / ").append(r.floorPages()).append(" / ")
                    .append(r.markdown() ? Integer.toString(r.peerPages()) : "–").append(" |\n");
        }
    }

    private void scalingTable() {
        report.append("""

                ### Scaling: synthetic reports, median ms per page (Briefkit's PDF pages)

                | report | pages | PDF | DOCX | both | OpenPDF floor | POI floor |
                |---|--:|--:|--:|--:|--:|--:|
                """);
        for (Result r : synthetic()) {
            report.append("| ").append(r.input()).append(" | ").append(r.pdfPages());
            for (String s : List.of(PDF, DOCX, BOTH, OPENPDF, POI)) {
                report.append(" | ").append(ms(Stats.of(Harness.scale(r.samples().get(s), 1.0 / r.pdfPages()))));
            }
            report.append(" |\n");
        }
        List<Result> syn = synthetic();
        if (syn.size() >= 2) {
            Result small = syn.get(0);
            Result large = syn.get(syn.size() - 1);
            report.append("\nTime per page, ").append(large.input()).append(" / ").append(small.input()).append(": ");
            List<String> parts = new ArrayList<>();
            for (String s : List.of(PDF, DOCX, OPENPDF, POI)) {
                parts.add(s + " " + String.format(Locale.ROOT, "%.2f", perPage(large, s) / perPage(small, s)));
            }
            report.append(String.join(", ", parts)).append(" (target for Briefkit: at most 1.3).\n");
        }
    }

    private List<Result> synthetic() {
        return results.stream().filter(r -> !r.markdown()).toList();
    }

    private static double perPage(Result r, String subject) {
        return r.stats(subject).median() / r.pdfPages();
    }

    // ---------------------------------------------------------------- processes

    private String processes(Markdown manual) throws Exception {
        System.err.println("benchmarks: processes on " + manual.file());
        StringBuilder t = new StringBuilder("""

                ### pandoc's manual as processes: wall time, JVM start included, median ms [p25–p75]

                """);
        Optional<Path> pandoc = Processes.onPath("pandoc");
        Optional<Path> jar = Inputs.cliJar();
        Path dir = Files.createTempDirectory("bench-processes");
        String input = manual.file().toAbsolutePath().toString();
        List<Subject> subjects = new ArrayList<>();
        if (pandoc.isPresent()) {
            Processes.Outcome version = Processes.run(List.of("pandoc", "--version"), dir, 30);
            t.append("pandoc: ").append(Processes.firstLine(version.output())).append(". ");
            subjects.add(new Subject("pandoc → DOCX", processJob(List.of("pandoc", input, "-o", "x.docx"), dir)));
            Optional<String> engine = Processes.pdfEngine();
            if (engine.isPresent()) {
                List<String> cmd = new ArrayList<>(List.of("pandoc", input, "-o", "x.pdf", "--pdf-engine=" + engine.get()));
                if (engine.get().equals("pdfroff")) {
                    cmd.add("-t");
                    cmd.add("ms");
                }
                Processes.Outcome probe = Processes.run(cmd, dir, 300);
                if (probe.ok()) {
                    t.append("pandoc → PDF with --pdf-engine=").append(engine.get()).append(". ");
                    subjects.add(new Subject("pandoc → PDF (" + engine.get() + ")", processJob(cmd, dir)));
                } else {
                    t.append("pandoc → PDF: not available (--pdf-engine=").append(engine.get()).append(" failed: ")
                            .append(Processes.firstLine(probe.output())).append("). ");
                }
            } else {
                Processes.Outcome probe = Processes.run(List.of("pandoc", input, "-o", "x.pdf"), dir, 120);
                t.append("pandoc → PDF: not available, no PDF engine on the PATH (tried ")
                        .append(String.join(", ", Processes.PDF_ENGINES)).append("; `pandoc -o x.pdf` says: ")
                        .append(Processes.firstLine(probe.output())).append("). ");
            }
        } else {
            t.append("pandoc is not on the PATH: its rows are skipped. ");
        }
        if (jar.isPresent()) {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            for (String format : List.of("docx", "pdf")) {
                subjects.add(new Subject("briefkit → " + format.toUpperCase(Locale.ROOT) + " (command line)",
                        processJob(List.of(java, "-jar", jar.get().toString(), "render", input, "--out",
                                dir.toString(), "--format", format), dir)));
            }
            t.append("Briefkit: `java -jar examples/target/briefkit.jar render MANUAL --format F`, default JVM "
                    + "options.\n");
        } else {
            t.append("examples/target/briefkit.jar is missing (build with -am): the command line is skipped.\n");
        }
        if (subjects.isEmpty()) {
            return t.toString();
        }
        Plan plan = quick ? new Plan(0, 1, 2, 2, 0, 0) : new Plan(0, 1, 5, 7, 60, 0);
        Map<String, double[]> s = Harness.run("processes", subjects, plan);
        Result m = results.stream().filter(r -> r.input().equals(manual.name())).findFirst().orElseThrow();
        double[] warmDocx = Harness.sum(m.samples().get(PARSE), m.samples().get(DOCX));
        double[] warmPdf = Harness.sum(m.samples().get(PARSE), m.samples().get(PDF));
        t.append("\n| command | median ms | pandoc → DOCX / this |\n|---|--:|--:|\n");
        double[] pandocDocx = s.get("pandoc → DOCX");
        for (Map.Entry<String, double[]> e : s.entrySet()) {
            t.append("| ").append(e.getKey()).append(" | ").append(range(Stats.of(e.getValue()))).append(" | ")
                    .append(pandocDocx == null ? "–" : times(Stats.of(pandocDocx).median()
                            / Stats.of(e.getValue()).median())).append(" |\n");
        }
        for (Map.Entry<String, double[]> e : Map.of("Briefkit Markdown → DOCX, warm, in-process", warmDocx,
                "Briefkit Markdown → PDF, warm, in-process", warmPdf).entrySet().stream()
                .sorted(Map.Entry.comparingByKey()).toList()) {
            t.append("| ").append(e.getKey()).append(" | ").append(range(Stats.of(e.getValue()))).append(" | ")
                    .append(pandocDocx == null ? "–" : times(Stats.of(pandocDocx).median()
                            / Stats.of(e.getValue()).median())).append(" |\n");
        }
        return t.toString();
    }

    private static Harness.Job processJob(List<String> command, Path dir) {
        return () -> {
            Processes.Outcome o = Processes.run(command, dir, 600);
            if (!o.ok()) {
                throw new IllegalStateException(String.join(" ", command) + " failed (" + o.exit() + "): "
                        + o.output());
            }
        };
    }

    // ---------------------------------------------------------------- throughput

    private String throughput(Markdown release) throws Exception {
        System.err.println("benchmarks: throughput, " + release.name());
        double seconds = quick ? 2 : 5;
        int rounds = quick ? 1 : 3;
        Map<Integer, double[]> rates = new LinkedHashMap<>();
        rates.put(1, new double[rounds]);
        rates.put(2, new double[rounds]);
        rate(release, 2, seconds);
        for (int r = 0; r < rounds; r++) {
            for (int threads : (r % 2 == 0) ? new int[] {1, 2} : new int[] {2, 1}) {
                rates.get(threads)[r] = rate(release, threads, seconds);
            }
        }
        Stats one = Stats.of(rates.get(1));
        Stats two = Stats.of(rates.get(2));
        return String.format(Locale.ROOT, """

                ### Throughput: %s, Markdown to PDF and DOCX, warm (%d rounds of %.0f s, median [min–max])

                | threads | press releases per second |
                |--:|--:|
                | 1 | %.0f [%.0f–%.0f] |
                | 2 | %.0f [%.0f–%.0f] |

                Two threads do %.2f times the work of one.
                """, release.name(), rounds, seconds, one.median(), one.min(), one.max(), two.median(), two.min(),
                two.max(), two.median() / one.median());
    }

    /** @return documents per second on that many threads, each rendering its own stream of releases */
    private double rate(Markdown release, int threads, double seconds) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicBoolean counting = new AtomicBoolean();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong done = new AtomicLong();
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    OutputStream sink = new Sink();
                    while (!stop.get()) {
                        Document d = reader.read(release.text(), release.folder(), release.file().toString());
                        pdf.render(d, theme, sink);
                        docx.render(d, theme, sink);
                        if (counting.get()) {
                            done.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            Thread.sleep(1000);
            counting.set(true);
            long start = System.nanoTime();
            Thread.sleep((long) (seconds * 1000));
            long count = done.get();
            double elapsed = (System.nanoTime() - start) / 1e9;
            stop.set(true);
            for (Future<?> w : workers) {
                w.get();
            }
            return count / elapsed;
        } finally {
            pool.shutdownNow();
        }
    }

    // ---------------------------------------------------------------- memory

    private String memory() throws Exception {
        int sections = SyntheticReport.sectionsFor(1000);
        System.err.println("benchmarks: memory, 1,000-page report in -Xmx256m");
        StringBuilder t = new StringBuilder("""

                ### Memory: the 1,000-page report, rendered once in a fresh JVM with -Xmx256m

                | writer | fits in 256 MB | model alone, MB | peak heap in use, MB | most heap left after a GC, MB | \
                time, s (cold JVM) |
                |---|---|--:|--:|--:|--:|
                """);
        Path dir = Path.of(System.getProperty("java.io.tmpdir"));
        for (String writer : List.of("pdf", "docx", "openpdf", "poi")) {
            Processes.Outcome o = Processes.run(Processes.java(List.of("-Xmx256m"), MemoryProbe.class.getName(),
                    writer, Integer.toString(sections)), dir, 600);
            String line = o.output().lines().filter(l -> l.startsWith(MemoryProbe.RESULT)).findFirst().orElse(null);
            String label = switch (writer) {
                case "pdf" -> "Briefkit PDF";
                case "docx" -> "Briefkit DOCX";
                case "openpdf" -> OPENPDF;
                default -> POI;
            };
            if (line == null) {
                t.append("| ").append(label).append(" | no (").append(Processes.firstLine(o.output()))
                        .append(") | | | | |\n");
                continue;
            }
            String[] f = line.substring(MemoryProbe.RESULT.length()).trim().split(" ");
            if (writer.equals("pdf") || writer.equals("docx")) {
                fitsIn256.put(writer.toUpperCase(Locale.ROOT), f[1].equals("ok"));
            }
            t.append("| ").append(label).append(" | ").append(f[1].equals("ok") ? "yes" : "no (out of memory)")
                    .append(" | ").append(f[2]).append(" | ").append(f[3]).append(" | ").append(f[4]).append(" | ")
                    .append(String.format(Locale.ROOT, "%.1f", Double.parseDouble(f[5]) / 1000)).append(" |\n");
        }
        t.append("""

                *Peak heap in use*: the sum of the heap pools' peaks during the render (an upper bound: the \
                collector lets garbage pile up to the size of the heap). *Most heap left after a GC*: the \
                most the heap held right after any collection during the render, model included (what the \
                render needed at once, plus garbage the collection had not reached).
                """);
        if (!quick) {
            t.append("\nSmallest -Xmx (MB) in which one render of the 1,000-page report still completes, "
                    + "found by bisection, a fresh JVM per try: ");
            List<String> parts = new ArrayList<>();
            for (String writer : List.of("pdf", "docx")) {
                parts.add((writer.equals("pdf") ? "PDF " : "DOCX ") + smallestHeap(writer, sections, dir));
            }
            t.append(String.join(", ", parts)).append(".\n");
        }
        return t.toString();
    }

    private static int smallestHeap(String writer, int sections, Path dir) throws Exception {
        int low = 16;
        int high = 256;
        while (high - low > 8) {
            int mid = (low + high) / 2;
            Processes.Outcome o = Processes.run(Processes.java(List.of("-Xmx" + mid + "m"),
                    MemoryProbe.class.getName(), writer, Integer.toString(sections)), dir, 300);
            if (o.ok()) {
                high = mid;
            } else {
                low = mid;
            }
        }
        return high;
    }

    // ---------------------------------------------------------------- targets

    private void targets() {
        StringBuilder t = new StringBuilder("""

                ### Targets (issue 7)

                | target | measured (median) | met |
                |---|--:|---|
                """);
        Optional<Result> manual = results.stream().filter(r -> r.input().equals("pandoc-manual")).findFirst();
        List<Result> syn = synthetic();
        Result large = syn.get(syn.size() - 1);
        if (manual.isPresent()) {
            Result m = manual.get();
            target(t, "PDF within 1.5× of the OpenPDF floor, pandoc's manual",
                    Stats.of(Harness.ratios(m.samples().get(PDF), m.samples().get(OPENPDF))).median(), 1.5, true);
            target(t, "openhtmltopdf at least 10× slower than Briefkit (Markdown → PDF), pandoc's manual",
                    Stats.of(Harness.ratios(m.samples().get(PEER), Harness.sum(m.samples().get(PARSE),
                            m.samples().get(PDF)))).median(), 10, false);
            target(t, "DOCX within 1.5× of the POI floor, pandoc's manual",
                    Stats.of(Harness.ratios(m.samples().get(DOCX), m.samples().get(POI))).median(), 1.5, true);
        }
        target(t, "PDF within 1.5× of the OpenPDF floor, " + large.input(),
                Stats.of(Harness.ratios(large.samples().get(PDF), large.samples().get(OPENPDF))).median(), 1.5, true);
        target(t, "DOCX within 1.5× of the POI floor, " + large.input(),
                Stats.of(Harness.ratios(large.samples().get(DOCX), large.samples().get(POI))).median(), 1.5, true);
        Result small = syn.get(0);
        target(t, "PDF time per page flat: " + large.input() + " / " + small.input(),
                perPage(large, PDF) / perPage(small, PDF), 1.3, true);
        target(t, "DOCX time per page flat: " + large.input() + " / " + small.input(),
                perPage(large, DOCX) / perPage(small, DOCX), 1.3, true);
        boolean fits = fitsIn256.size() == 2 && !fitsIn256.containsValue(false);
        t.append("| 1,000 pages in -Xmx256m, PDF and DOCX | ").append(fitsIn256.isEmpty() ? "not measured"
                : fitsIn256.entrySet().stream().map(e -> e.getKey() + (e.getValue() ? " fits" : " does not fit"))
                        .collect(Collectors.joining(", "))).append(" | ").append(fits ? "yes" : "**no**").append(" |\n");
        report.append(t);
    }

    private static void target(StringBuilder t, String what, double value, double limit, boolean atMost) {
        boolean met = atMost ? value <= limit : value >= limit;
        t.append("| ").append(what).append(" | ").append(String.format(Locale.ROOT, "%.2f×", value)).append(" | ")
                .append(met ? "yes" : "**no**").append(" |\n");
    }

    // ---------------------------------------------------------------- details and formatting

    private void details() {
        report.append("""

                ### Every sample: ms per document, median, p25, p75, min, max, rounds

                | input | subject | median | p25 | p75 | min | max | n |
                |---|---|--:|--:|--:|--:|--:|--:|
                """);
        for (Result r : results) {
            for (Map.Entry<String, double[]> e : r.samples().entrySet()) {
                Stats s = Stats.of(e.getValue());
                report.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s | %d |%n", r.input(),
                        e.getKey(), num(s.median()), num(s.p25()), num(s.p75()), num(s.min()), num(s.max()), s.n()));
            }
        }
    }

    private void environment() throws IOException {
        String cpu = "";
        Path info = Path.of("/proc/cpuinfo");
        if (Files.isReadable(info)) {
            cpu = Files.readAllLines(info).stream().filter(l -> l.startsWith("model name")).findFirst()
                    .map(l -> l.substring(l.indexOf(':') + 1).strip() + ", ").orElse("");
        }
        String gcs = ManagementFactory.getGarbageCollectorMXBeans().stream().map(GarbageCollectorMXBean::getName)
                .collect(Collectors.joining(", "));
        report.append(String.format(Locale.ROOT, """
                ## Benchmark run, %s%s

                - Machine: %s%d cores available to the JVM, %s %s
                - JDK: %s %s (%s); timing JVM: -Xmx%d MB, collectors %s
                - Briefkit's PDF renderer with the command line's settings (installed fonts searched for \
                characters the theme's fonts lack); theme: letter
                """, ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME).substring(0, 16),
                quick ? " (quick mode: a smoke test, not for publishing)" : "", cpu,
                Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"),
                System.getProperty("os.arch"), System.getProperty("java.vm.name"),
                System.getProperty("java.runtime.version"), System.getProperty("java.vendor"),
                Runtime.getRuntime().maxMemory() >> 20, gcs));
        System.err.print(report);
    }

    private static String load() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
            return f[0] + ", " + f[1] + ", " + f[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String num(double ms) {
        return ms < 10 ? String.format(Locale.ROOT, "%.2f", ms) : ms < 100 ? String.format(Locale.ROOT, "%.1f", ms)
                : String.format(Locale.ROOT, "%,.0f", ms);
    }

    private static String ms(Stats s) {
        return num(s.median()) + String.format(Locale.ROOT, " ±%.0f%%", s.spread() * 100);
    }

    private static String range(Stats s) {
        return num(s.median()) + " [" + num(s.p25()) + "–" + num(s.p75()) + "]";
    }

    private static String ratio(double[] r) {
        Stats s = Stats.of(r);
        return String.format(Locale.ROOT, "%.2f [%.2f–%.2f]", s.median(), s.p25(), s.p75());
    }

    private static String times(double x) {
        return String.format(Locale.ROOT, "%.2f×", x);
    }
}

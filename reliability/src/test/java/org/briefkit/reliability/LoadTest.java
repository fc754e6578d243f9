package org.briefkit.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.briefkit.model.Alignment;
import org.briefkit.model.Attr;
import org.briefkit.model.BulletList;
import org.briefkit.model.Document;
import org.briefkit.model.DocumentKind;
import org.briefkit.model.Emphasis;
import org.briefkit.model.Figure;
import org.briefkit.model.Link;
import org.briefkit.model.ListItem;
import org.briefkit.model.Metadata;
import org.briefkit.model.Note;
import org.briefkit.model.Organization;
import org.briefkit.model.Paragraph;
import org.briefkit.model.Strong;
import org.briefkit.model.Table;
import org.briefkit.model.TableColumn;
import org.briefkit.model.TableRow;
import org.briefkit.model.Text;
import org.briefkit.render.Renderer;
import org.briefkit.theme.Theme;
import org.junit.jupiter.api.Test;

/**
 * Eight threads render a mix of small documents (every kind, both formats, Letter, A4 and PDF/A,
 * pictures, tables, notes, Hangul and emoji) 500 times each, on one shared renderer per format:
 * every file is byte for byte the one a single thread makes, nothing is thrown, and the heap used
 * after a full collection at the end is within a bound of what it was after the warm-up.
 * {@code -Pthorough} renders 2,000 times per thread.
 */
class LoadTest {
    private static final int THREADS = 8;
    private static final int PER_THREAD = Budget.thorough() ? 2_000 : Integer.getInteger("reliability.loadRenders", 500);
    /** How much more heap the end may hold than the warm-up: caches that grow without bound would pass it. */
    private static final long HEAP_GROWTH_LIMIT = 16L << 20;
    private static final java.util.concurrent.atomic.AtomicLong WARNINGS = new java.util.concurrent.atomic.AtomicLong();

    @Test
    void eightThreadsRenderTheSameBytesAsOneWithAStableHeap() throws Exception {
        List<Job> jobs = jobs();
        Map<Integer, String> reference = new ConcurrentHashMap<>();
        long singleStart = System.nanoTime();
        for (int j = 0; j < jobs.size(); j++) {
            reference.put(j, sha256(jobs.get(j).render()));
        }
        double singleMs = (System.nanoTime() - singleStart) / 1e6 / jobs.size();

        ExecutorService pool = Executors.newFixedThreadPool(THREADS, r -> {
            Thread t = new Thread(r, "load");
            t.setDaemon(true);
            return t;
        });
        try {
            run(pool, jobs, reference, 2); // warm-up: every cache filled on every thread
            long warm = usedAfterGc();
            AtomicInteger renders = new AtomicInteger();
            long start = System.nanoTime();
            List<String> mismatches = run(pool, jobs, reference, PER_THREAD, renders);
            double seconds = (System.nanoTime() - start) / 1e9;
            long end = usedAfterGc();
            System.out.printf("  load: %d threads x %d renders = %d in %.1f s (%.0f renders/s; one thread: %.1f ms a"
                    + " render); heap after GC: %d MB after warm-up, %d MB at the end%n", THREADS, PER_THREAD,
                    renders.get(), seconds, renders.get() / seconds, singleMs, warm >> 20, end >> 20);
            assertEquals(List.of(), mismatches, "every render is the same bytes as on one thread");
            assertEquals(THREADS * PER_THREAD, renders.get());
            assertTrue(end - warm < HEAP_GROWTH_LIMIT, "heap grew from " + (warm >> 20) + " MB to " + (end >> 20) + " MB");
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<String> run(ExecutorService pool, List<Job> jobs, Map<Integer, String> reference, int each)
            throws Exception {
        return run(pool, jobs, reference, each, new AtomicInteger());
    }

    private static List<String> run(ExecutorService pool, List<Job> jobs, Map<Integer, String> reference, int each,
            AtomicInteger renders) throws Exception {
        List<String> problems = java.util.Collections.synchronizedList(new ArrayList<>());
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            futures.add(pool.submit(() -> {
                go.await();
                Random order = new Random(thread);
                for (int i = 0; i < each; i++) {
                    int j = order.nextInt(jobs.size());
                    try {
                        String hash = sha256(jobs.get(j).render());
                        if (!hash.equals(reference.get(j))) {
                            problems.add("thread " + thread + ", render " + i + ": " + jobs.get(j) + " gave other bytes");
                        }
                    } catch (Throwable e) {
                        problems.add("thread " + thread + ", render " + i + ": " + jobs.get(j) + " threw " + e);
                    }
                    renders.incrementAndGet();
                }
                return null;
            }));
        }
        go.countDown();
        for (Future<?> f : futures) {
            f.get(20, TimeUnit.MINUTES);
        }
        return problems.size() > 10 ? problems.subList(0, 10) : problems;
    }

    private static long usedAfterGc() throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long least = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(100);
            least = Math.min(least, memory.getHeapMemoryUsage().getUsed());
        }
        return least;
    }

    /** One document, one theme, one format. */
    record Job(String name, Document document, Theme theme, Renderer renderer) {
        byte[] render() {
            return Renders.bytes(renderer, document, theme);
        }

        @Override
        public String toString() {
            return name + " as " + renderer.format();
        }
    }

    /** Twelve small documents of every kind, each in both formats: 24 jobs. */
    static List<Job> jobs() {
        // Warnings (the emoji has no glyph) are counted, not kept: a list would grow with every render.
        Renderer pdf = org.briefkit.pdf.PdfRenderer.create(org.briefkit.pdf.PdfOptions.builder().systemFonts(false)
                .warnings(w -> WARNINGS.incrementAndGet()).build());
        Renderer docx = Renders.docx();
        List<Job> jobs = new ArrayList<>();
        Theme[] themes = {Theme.letter(), Theme.a4(), Theme.letter().toBuilder().pdfA(true).build(),
            Theme.a4().toBuilder().coverPage(false).tableOfContents(false).build()};
        for (int i = 0; i < 12; i++) {
            DocumentKind kind = DocumentKind.values()[i % 3];
            Document doc = document(i, kind);
            Theme theme = themes[i % themes.length];
            jobs.add(new Job("document " + i + " (" + kind.label() + ")", doc, theme, pdf));
            jobs.add(new Job("document " + i + " (" + kind.label() + ")", doc, theme, docx));
        }
        return jobs;
    }

    private static Document document(int i, DocumentKind kind) {
        Random random = new Random(i);
        TextGen text = new TextGen(random, -1);
        Metadata.Builder meta = Metadata.builder("Load document " + i + ": " + text.words()).kind(kind)
                .subtitle(text.words()).author(text.required(), "Fellow").date(java.time.LocalDate.of(2026, 3, 1 + i))
                .organization(new Organization("Institute " + i, "We study things.", "https://example.org/", "",
                        java.util.Optional.of(Pictures.all().get(i % Pictures.all().size()))));
        if (kind == DocumentKind.PRESS_RELEASE) {
            meta.dateline("Seoul", java.time.LocalDate.of(2026, 3, 15));
        }
        var b = Document.builder(meta.build());
        b.heading(1, "h-" + i, "Introduction " + i);
        for (int p = 0; p < 3 + i % 4; p++) {
            b.paragraph(new Text(sentence(random) + " "), new Emphasis(List.of(new Text(text.words()))),
                    new Text(" 서울 정책 😀 "), new Strong(List.of(new Text("strong"))),
                    new Note(List.of(Paragraph.of("A note: " + sentence(random)))), new Text(" "),
                    Link.to("#h-" + i, "back to the top"));
        }
        b.add(new BulletList(List.of(ListItem.of(sentence(random)), ListItem.of(sentence(random)))));
        b.add(new Table(Attr.EMPTY, List.of(new Text("A table")), List.of(TableColumn.of(Alignment.LEFT),
                TableColumn.of(Alignment.RIGHT)), List.of(TableRow.of("Item", "Value")),
                List.of(TableRow.of("first", "1"), TableRow.of("second " + text.words(), "22"))));
        b.add(new Figure(Attr.EMPTY, Pictures.all().get((i * 7) % Pictures.all().size()), "A picture",
                List.of(new Text("Figure " + i)), List.of(new Text("Source: us"))));
        b.paragraph(sentence(random));
        return b.build();
    }

    private static String sentence(Random random) {
        String[] words = ("the alliance report examines a moment of security challenges and cooperation in three areas "
                + "that officials must manage between partners").split(" ");
        StringBuilder out = new StringBuilder();
        for (int w = 0; w < 12 + random.nextInt(20); w++) {
            out.append(w == 0 ? "" : " ").append(words[random.nextInt(words.length)]);
        }
        return out.append('.').toString();
    }

    private static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

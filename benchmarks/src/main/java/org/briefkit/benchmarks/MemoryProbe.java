package org.briefkit.benchmarks;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import org.briefkit.docx.DocxRenderer;
import org.briefkit.model.Document;
import org.briefkit.pdf.PdfOptions;
import org.briefkit.pdf.PdfRenderer;
import org.briefkit.theme.Theme;

/**
 * Runs in a fresh JVM started by {@link Benchmarks} (with {@code -Xmx256m}): builds the synthetic
 * report, then renders it once with one writer, and prints one line: whether it completed, the
 * heap the model alone holds, the peak heap in use during the render (the sum of the heap pools'
 * peaks, an upper bound), and the most heap still in use after a collection (what the render
 * held at once, garbage the collector had not reached included).
 */
final class MemoryProbe {
    static final String RESULT = "MEMORY ";

    private MemoryProbe() {
    }

    /** @param args the writer (pdf, docx, openpdf, poi) and the number of sections */
    public static void main(String[] args) throws Exception {
        String writer = args[0];
        int sections = Integer.parseInt(args[1]);
        Theme theme = Theme.letter();
        Document doc = SyntheticReport.of(sections);
        List<PlainContent.Item> items = PlainContent.of(doc);
        List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        Set<String> names = pools.stream().map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
        System.gc();
        long model = used(pools);
        AtomicLong afterGc = new AtomicLong(model);
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).addNotificationListener((n, handback) -> {
                if (n.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                    GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo
                            .from((CompositeData) n.getUserData());
                    afterGc.accumulateAndGet(sum(info.getGcInfo().getMemoryUsageAfterGc(), names), Math::max);
                }
            }, null, null);
        }
        pools.forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        String outcome = "ok";
        try {
            switch (writer) {
                case "pdf" -> PdfRenderer.create(PdfOptions.builder().warnings(w -> { }).build()).render(doc, theme,
                        new Sink());
                case "docx" -> DocxRenderer.create().render(doc, theme, new Sink());
                case "openpdf" -> OpenPdfFloor.write(items, theme, new Sink());
                case "poi" -> PoiFloor.write(items, theme.textWidth(), new Sink());
                default -> throw new IllegalArgumentException(writer);
            }
        } catch (OutOfMemoryError e) {
            outcome = "oom";
        }
        double ms = (System.nanoTime() - start) / 1e6;
        long peak = 0;
        for (MemoryPoolMXBean p : pools) {
            peak += p.getPeakUsage().getUsed();
        }
        Thread.sleep(200);
        System.out.println(RESULT + String.format(Locale.ROOT, "%s %s %.1f %.1f %.1f %.0f %d", writer, outcome,
                model / 1048576.0, peak / 1048576.0, afterGc.get() / 1048576.0, ms,
                Runtime.getRuntime().maxMemory() >> 20));
        System.exit(outcome.equals("ok") ? 0 : 1);
    }

    private static long used(List<MemoryPoolMXBean> pools) {
        long sum = 0;
        for (MemoryPoolMXBean p : pools) {
            sum += p.getUsage().getUsed();
        }
        return sum;
    }

    private static long sum(Map<String, MemoryUsage> usage, Set<String> heapPools) {
        long sum = 0;
        for (Map.Entry<String, MemoryUsage> e : usage.entrySet()) {
            if (heapPools.contains(e.getKey())) {
                sum += e.getValue().getUsed();
            }
        }
        return sum;
    }
}

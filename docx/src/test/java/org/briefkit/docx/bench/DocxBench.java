package org.briefkit.docx.bench;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.briefkit.docx.DocxRenderer;
import org.briefkit.model.Document;
import org.briefkit.theme.Theme;

/**
 * Time and memory of Briefkit's DOCX renderer against raw POI writing the same paragraphs with no
 * styling logic, for a 10-page brief and a 300-page report. A benchmark, not a test.
 *
 * <p>Each case runs in a fresh JVM (so one case's garbage and JIT state do not colour another's):
 * warm-up renders, then timed renders, reporting the median, the quartiles, the fastest and
 * slowest, and the heap pools' peak use during the timed renders (garbage included, so an upper
 * bound). Then, for each case, the smallest {@code -Xmx}
 * (in MB, by bisection) at which one render still completes: the heap the render really needs.
 *
 * <p>Run it from the repository's root (Maven cannot resolve the exec plugin's prefix offline,
 * and exec:java would also run in core under {@code -am}; plain {@code java} does neither):
 *
 * <pre>
 * mvn -B -o -q -pl docx -am test-compile dependency:build-classpath \
 *     -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -cp "docx/target/test-classes:docx/target/classes:core/target/classes:$(cat docx/target/cp.txt)" \
 *     org.briefkit.docx.bench.DocxBench
 * </pre>
 */
public final class DocxBench {
    private static final String RESULT = "RESULT ";

    private DocxBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("case")) {
            runCase(args[1], args[2], Integer.parseInt(args[3]), Integer.parseInt(args[4]));
            return;
        }
        if (args.length > 0 && args[0].equals("once")) {
            render(document(args[1]), args[2]);
            return;
        }
        System.out.printf("Java %s, %s, %d processors%n", System.getProperty("java.version"),
                System.getProperty("os.name") + " " + System.getProperty("os.arch"),
                Runtime.getRuntime().availableProcessors());
        List<String[]> cases = List.of(new String[] {"brief", "docx", "40", "61"}, new String[] {"brief", "raw", "40", "61"},
                new String[] {"report", "docx", "8", "21"}, new String[] {"report", "raw", "8", "21"});
        List<String> lines = new ArrayList<>();
        for (String[] c : cases) {
            lines.add(child("-Xmx1g", "case", c[0], c[1], c[2], c[3]));
        }
        System.out.println();
        System.out.println("case     impl  blocks  size KB  median ms  p25-p75 ms     min-max ms   pool peak MB  smallest -Xmx MB");
        for (int i = 0; i < cases.size(); i++) {
            String[] c = cases.get(i);
            int heap = smallestHeap(c[0], c[1]);
            System.out.println(lines.get(i) + String.format(Locale.ROOT, "  %16d", heap));
        }
    }

    private static Document document(String name) {
        return name.equals("brief") ? BenchDocuments.brief() : BenchDocuments.report();
    }

    private static byte[] render(Document doc, String impl) throws IOException {
        if (impl.equals("raw")) {
            return RawPoi.write(doc);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
        DocxRenderer.create().render(doc, Theme.letter(), out);
        return out.toByteArray();
    }

    /** Runs in the child JVM: warm up, time, and print one result line. */
    private static void runCase(String name, String impl, int warmups, int runs) throws IOException {
        Document doc = document(name);
        int size = 0;
        for (int i = 0; i < warmups; i++) {
            size = render(doc, impl).length;
        }
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        System.gc();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            render(doc, impl);
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        Arrays.sort(ms);
        int paragraphs = paragraphs(doc);
        System.out.println(RESULT + String.format(Locale.ROOT, "%-7s  %-4s  %6d  %7d  %9.1f  %5.1f-%-6.1f  %5.1f-%-6.1f  %12.1f",
                name, impl, paragraphs, size / 1024, ms[runs / 2], ms[runs / 4], ms[runs * 3 / 4], ms[0],
                ms[runs - 1], peak / 1048576.0));
    }

    private static int paragraphs(Document doc) {
        int[] n = {0};
        org.briefkit.model.Walk.document(doc, b -> n[0]++, i -> { });
        return n[0];
    }

    /** Bisects the smallest -Xmx, in MB, at which one render in a fresh JVM completes. */
    private static int smallestHeap(String name, String impl) throws Exception {
        int low = 4;
        int high = 1024;
        while (high - low > 2) {
            int mid = (low + high) / 2;
            if (completes("-Xmx" + mid + "m", name, impl)) {
                high = mid;
            } else {
                low = mid;
            }
        }
        return high;
    }

    private static boolean completes(String xmx, String name, String impl) throws Exception {
        Process p = start(xmx, "once", name, impl);
        p.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        return p.waitFor() == 0;
    }

    private static String child(String xmx, String... args) throws Exception {
        Process p = start(xmx, args);
        String result = null;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.startsWith(RESULT)) {
                    result = line.substring(RESULT.length());
                    System.out.println(result);
                }
            }
        }
        if (p.waitFor() != 0 || result == null) {
            throw new IllegalStateException("case " + String.join(" ", args) + " failed");
        }
        return result;
    }

    private static Process start(String xmx, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                System.getProperty("java.home") + File.separator + "bin" + File.separator + "java", xmx,
                "-Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory",
                "-cp", classPath(), DocxBench.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    /** The class path, also when run by exec:java, which loads classes through its own loader. */
    private static String classPath() {
        ClassLoader loader = DocxBench.class.getClassLoader();
        if (loader instanceof URLClassLoader urls && urls.getURLs().length > 0) {
            List<String> parts = new ArrayList<>();
            for (URL url : urls.getURLs()) {
                try {
                    parts.add(new File(url.toURI()).getPath());
                } catch (java.net.URISyntaxException e) {
                    parts.add(url.getPath());
                }
            }
            return String.join(File.pathSeparator, parts);
        }
        return System.getProperty("java.class.path");
    }
}

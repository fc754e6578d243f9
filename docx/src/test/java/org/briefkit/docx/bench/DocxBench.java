package org.briefkit.docx.bench;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
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
 * <p>Each document is timed in a fresh JVM: both writers warmed up, then timed in alternation
 * (with a GC before each render), so that whatever else the machine does weighs on both alike;
 * the median, the quartiles and the fastest and slowest render are reported. Then, for each
 * writer and document, the smallest {@code -Xmx} (in MB, by bisection, a fresh JVM per try) at
 * which one render still completes: the peak of live heap the render needs, which a heap pool's
 * peak (garbage included) would overstate.
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
            runCase(args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]));
            return;
        }
        if (args.length > 0 && args[0].equals("once")) {
            render(document(args[1]), args[2]);
            return;
        }
        System.out.printf("Java %s, %s, %d processors%n", System.getProperty("java.version"),
                System.getProperty("os.name") + " " + System.getProperty("os.arch"),
                Runtime.getRuntime().availableProcessors());
        List<String> lines = new ArrayList<>();
        lines.addAll(child("-Xmx1g", "case", "brief", "40", "61"));
        lines.addAll(child("-Xmx1g", "case", "report", "8", "31"));
        System.out.println();
        System.out.println("case     impl  blocks  size KB  median ms   p25-p75 ms      min-max ms     smallest -Xmx MB");
        for (String line : lines) {
            String[] words = line.trim().split("\\s+");
            System.out.println(line + String.format(Locale.ROOT, "  %16d", smallestHeap(words[0], words[1])));
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

    /**
     * Runs in the child JVM: warms both writers up, then times them in alternation, so that
     * whatever else the machine is doing weighs on both alike; prints one line per writer.
     */
    private static void runCase(String name, int warmups, int runs) throws IOException {
        Document doc = document(name);
        String[] impls = {"docx", "raw"};
        int[] size = new int[2];
        for (int i = 0; i < warmups; i++) {
            for (int k = 0; k < 2; k++) {
                size[k] = render(doc, impls[k]).length;
            }
        }
        double[][] ms = new double[2][runs];
        for (int i = 0; i < runs; i++) {
            for (int k = 0; k < 2; k++) {
                int which = (i % 2 == 0) ? k : 1 - k;
                System.gc();
                long start = System.nanoTime();
                render(doc, impls[which]);
                ms[which][i] = (System.nanoTime() - start) / 1e6;
            }
        }
        int blocks = blocks(doc);
        for (int k = 0; k < 2; k++) {
            double[] t = ms[k];
            Arrays.sort(t);
            System.out.println(RESULT + String.format(Locale.ROOT, "%-7s  %-4s  %6d  %7d  %9.1f  %6.1f-%-6.1f  %6.1f-%-6.1f",
                    name, impls[k], blocks, size[k] / 1024, t[runs / 2], t[runs / 4], t[runs * 3 / 4], t[0], t[runs - 1]));
        }
    }

    private static int blocks(Document doc) {
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

    private static List<String> child(String xmx, String... args) throws Exception {
        Process p = start(xmx, args);
        List<String> results = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.startsWith(RESULT)) {
                    results.add(line.substring(RESULT.length()));
                    System.out.println(results.get(results.size() - 1));
                }
            }
        }
        if (p.waitFor() != 0 || results.isEmpty()) {
            throw new IllegalStateException("case " + String.join(" ", args) + " failed");
        }
        return results;
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

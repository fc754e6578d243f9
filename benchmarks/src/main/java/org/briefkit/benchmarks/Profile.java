package org.briefkit.benchmarks;

import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import org.briefkit.docx.DocxRenderer;
import org.briefkit.markdown.MarkdownReader;
import org.briefkit.model.Document;
import org.briefkit.pdf.PdfOptions;
import org.briefkit.pdf.PdfRenderer;
import org.briefkit.theme.Theme;

/**
 * One subject of the benchmark in a loop, for a profiler: renders an input again and again for
 * some seconds and prints the median time of the runs in the second half. Run it under JFR, for instance:
 *
 * <pre>
 * java -XX:StartFlightRecording=filename=pdf.jfr,settings=profile -cp CLASSPATH \
 *     org.briefkit.benchmarks.Profile manual pdf 40
 * jfr print --events jdk.ExecutionSample pdf.jfr | grep 'at ' | sort | uniq -c | sort -rn | head
 * </pre>
 *
 * Inputs: a sample's name (press-release, brief, report), {@code manual}, or a page count for
 * the synthetic report. Subjects: parse, pdf, docx, openpdf, poi.
 */
public final class Profile {
    private Profile() {
    }

    /** @param args the input, the subject, and the seconds to run (default 30) */
    public static void main(String[] args) throws Exception {
        String input = args[0];
        String subject = args[1];
        double seconds = args.length > 2 ? Double.parseDouble(args[2]) : 30;
        Theme theme = Theme.letter();
        MarkdownReader reader = MarkdownReader.standard();
        Inputs.Markdown markdown = null;
        Document doc;
        if (input.chars().allMatch(Character::isDigit)) {
            doc = SyntheticReport.of(SyntheticReport.sectionsFor(Integer.parseInt(input)));
        } else {
            markdown = input.equals("manual") ? Inputs.manual().orElseThrow()
                    : Inputs.samples().stream().filter(m -> m.name().equals(input)).findFirst().orElseThrow();
            doc = reader.read(markdown.text(), markdown.folder(), markdown.file().toString());
        }
        Inputs.Markdown md = markdown;
        List<PlainContent.Item> items = PlainContent.of(doc);
        PdfRenderer pdf = PdfRenderer.create(PdfOptions.builder().warnings(w -> { }).build());
        DocxRenderer docx = DocxRenderer.create();
        OutputStream sink = new Sink();
        Harness.Job job = switch (subject) {
            case "parse" -> () -> reader.read(md.text(), md.folder(), md.file().toString());
            case "pdf" -> () -> pdf.render(doc, theme, sink);
            case "docx" -> () -> docx.render(doc, theme, sink);
            case "openpdf" -> () -> OpenPdfFloor.write(items, theme, sink);
            case "poi" -> () -> PoiFloor.write(items, theme.textWidth(), sink);
            default -> throw new IllegalArgumentException("unknown subject " + subject);
        };
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long start = System.nanoTime();
        long half = start + (long) (seconds * 0.5e9);
        long end = start + (long) (seconds * 1e9);
        List<Double> times = new java.util.ArrayList<>();
        List<Double> cpu = new java.util.ArrayList<>();
        long cpuBefore = threads.getCurrentThreadCpuTime();
        for (long now = start; now < end; ) {
            job.run();
            long after = System.nanoTime();
            long cpuAfter = threads.getCurrentThreadCpuTime();
            if (now >= half) {
                times.add((after - now) / 1e6);
                cpu.add((cpuAfter - cpuBefore) / 1e6);
            }
            now = after;
            cpuBefore = cpuAfter;
        }
        Harness.Stats s = stats(times);
        Harness.Stats c = stats(cpu);
        System.out.printf(Locale.ROOT, "%s %s: median %.1f ms [p25 %.1f, p75 %.1f, min %.1f] over %d runs; "
                + "this thread's CPU time: median %.1f ms [min %.1f]%n", input, subject, s.median(), s.p25(), s.p75(),
                s.min(), s.n(), c.median(), c.min());
    }

    private static Harness.Stats stats(List<Double> values) {
        double[] t = values.stream().mapToDouble(Double::doubleValue).toArray();
        return Harness.Stats.of(t.length == 0 ? new double[] {Double.NaN} : t);
    }
}

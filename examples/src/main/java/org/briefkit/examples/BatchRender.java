package org.briefkit.examples;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.briefkit.markdown.MarkdownReader;
import org.briefkit.model.Document;
import org.briefkit.render.Renderer;
import org.briefkit.render.Renderers;
import org.briefkit.theme.Theme;

/**
 * Many documents at once: a batch rendered in parallel on a fixed thread pool.
 *
 * <p>What it shows:
 * <ul>
 * <li>renderers, readers and themes are immutable and thread-safe, so one of each is shared by
 *     every task: there is nothing to pool or to create per thread;</li>
 * <li>each task reads its file and renders it to both formats; a document that fails (a
 *     mistake in its Markdown, a missing image) fails alone, and the others are still written;</li>
 * <li>results come back in the order of the files, whatever order the tasks finish in, and the
 *     output files are the same bytes however many threads ran.</li>
 * </ul>
 *
 * <p>Run it with {@code java -cp examples/target/briefkit.jar org.briefkit.examples.BatchRender [OUT_DIR] [FILE.md...]};
 * it renders the three samples unless given files. When a document fails, it ends with an
 * exception (exit code 1) after writing the others.
 */
public final class BatchRender {
    private BatchRender() {
    }

    /**
     * @param args the output folder (default {@code examples/target/examples/batch}), then the
     *             Markdown files (default the three samples)
     * @throws InterruptedException when interrupted while waiting for the batch
     */
    public static void main(String[] args) throws InterruptedException {
        Path out = ExampleFiles.outputFolder(args, "batch");
        List<Path> inputs = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            inputs.add(Path.of(args[i]));
        }
        if (inputs.isEmpty()) {
            for (String sample : List.of("press-release.md", "brief.md", "report.md")) {
                inputs.add(ExampleFiles.sample(sample));
            }
        }

        // Shared by every task.
        MarkdownReader reader = MarkdownReader.standard();
        Theme theme = HangulFallback.addTo(Theme.letter());
        List<Renderer> renderers = List.of(Renderers.forFormat("pdf"), Renderers.forFormat("docx"));

        int threads = Math.min(inputs.size(), Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<List<Path>>> results = new ArrayList<>();
            for (Path input : inputs) {
                results.add(pool.submit(() -> {
                    Document document = reader.read(input);
                    String name = input.getFileName().toString().replaceFirst("\\.[^.]*$", "");
                    List<Path> written = new ArrayList<>();
                    for (Renderer renderer : renderers) {
                        Path target = out.resolve(name + "." + renderer.extension());
                        renderer.render(document, theme, target);
                        written.add(target);
                    }
                    return written;
                }));
            }
            int failed = 0;
            for (int i = 0; i < inputs.size(); i++) {
                try {
                    System.out.println(inputs.get(i) + " -> " + results.get(i).get());
                } catch (ExecutionException e) {
                    failed++;
                    System.err.println(inputs.get(i) + ": failed: " + e.getCause().getMessage());
                }
            }
            if (failed > 0) {
                // Uncaught, it ends the program with exit code 1.
                throw new IllegalStateException(failed + " of " + inputs.size() + " documents failed");
            }
        } finally {
            pool.shutdown();
        }
    }
}

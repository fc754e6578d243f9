package org.briefkit.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.briefkit.model.Document;
import org.briefkit.render.Renderer;

/** {@code briefkit render}: each file to each format, in parallel, a progress line per file. */
final class RenderCommand {
    static final String HELP = """
            Usage: briefkit render FILE.md... [--out DIR] [--format pdf,docx] [--theme letter|a4|FILE]
                                              [--strict] [--no-system-fonts]

            Renders each Markdown file to each format, several files at once, with a progress
            line per file. Output files are named after the input (brief.md gives brief.pdf and
            brief.docx) and written atomically: a file that fails to render leaves any earlier
            file of that name untouched, and the other files still render.

            Options:
              --out DIR           the output folder, created when missing (default: out)
            """ + Setup.OPTIONS_HELP + """

            Exit codes: 0 every file rendered, 1 a file could not be read or rendered (the
            message names it, with the line and column of a Markdown mistake), 2 usage error.
            """;

    private final PrintStream out;
    private final PrintStream err;

    RenderCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> args) throws UsageException {
        Arguments a = Setup.parse(args);
        if (a.help) {
            out.print(HELP);
            return Main.OK;
        }
        if (a.files.isEmpty()) {
            throw new UsageException("render needs at least one Markdown file");
        }
        Setup setup = Setup.of(a);
        Path folder = Path.of(a.option("out", "out"));
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new UsageException("--out " + folder + " is a file; it must be a folder");
        }
        List<Path> inputs = a.files.stream().map(Path::of).toList();
        checkDistinctNames(inputs);
        return renderAll(inputs, setup, folder);
    }

    private static void checkDistinctNames(List<Path> inputs) throws UsageException {
        Map<String, Path> seen = new HashMap<>();
        for (Path input : inputs) {
            Path other = seen.put(stem(input), input);
            if (other != null) {
                throw new UsageException(other.equals(input) ? input + " is named twice"
                        : other + " and " + input + " would write the same output files");
            }
        }
    }

    private int renderAll(List<Path> inputs, Setup setup, Path folder) {
        int threads = Math.min(inputs.size(), Math.max(1, Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread t = new Thread(runnable, "briefkit-render");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Warnings> warnings = new ArrayList<>();
            List<Future<String>> results = new ArrayList<>();
            for (Path input : inputs) {
                Warnings w = new Warnings();
                warnings.add(w);
                results.add(pool.submit(() -> renderOne(input, setup.renderers(w), setup, folder)));
            }
            int failed = 0;
            for (int i = 0; i < inputs.size(); i++) {
                Path input = inputs.get(i);
                String prefix = "[" + (i + 1) + "/" + inputs.size() + "] " + input;
                try {
                    String written = results.get(i).get();
                    warnings.get(i).print(err, input.toString());
                    out.println(prefix + " -> " + written);
                } catch (ExecutionException e) {
                    failed++;
                    warnings.get(i).print(err, input.toString());
                    out.println(prefix + ": failed");
                    err.println("briefkit: error: " + describe(input, e.getCause()));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    err.println("briefkit: interrupted");
                    return Main.BAD_INPUT;
                }
                out.flush();
            }
            if (failed > 0) {
                err.println("briefkit: " + failed + " of " + inputs.size() + " documents failed");
                return Main.BAD_INPUT;
            }
            return Main.OK;
        } finally {
            pool.shutdownNow();
        }
    }

    private static String renderOne(Path input, List<Renderer> renderers, Setup setup, Path folder)
            throws IOException {
        long start = System.nanoTime();
        Document document = Inputs.read(input);
        List<String> written = new ArrayList<>();
        for (Renderer renderer : renderers) {
            Path target = folder.resolve(stem(input) + "." + renderer.extension());
            renderer.render(document, setup.theme, target);
            written.add(target + " (" + kilobytes(Files.size(target)) + ")");
        }
        return String.join(", ", written) + String.format(" in %.1f s", (System.nanoTime() - start) / 1e9);
    }

    /**
     * @param input the file being rendered
     * @param e     why it failed
     * @return the reason, starting with the file's name (and, for Markdown, the line and column)
     */
    static String describe(Path input, Throwable e) {
        String message = FailureMessages.of(input, e);
        String name = input.toString();
        return message.startsWith(name + ":") ? message : name + ": " + message;
    }

    static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    static String kilobytes(long bytes) {
        return bytes < 1024 ? bytes + " B" : (bytes + 512) / 1024 + " KB";
    }
}

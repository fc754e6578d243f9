package org.briefkit.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.briefkit.BriefkitException;
import org.briefkit.model.Document;
import org.briefkit.render.Renderer;
import org.briefkit.render.Renderers;
import org.briefkit.theme.Theme;

/** {@code briefkit render}: each file to each format, in parallel, a progress line per file. */
final class RenderCommand {
    static final String HELP = """
            Usage: briefkit render FILE.md... [--format pdf,docx] [--theme letter|a4|FILE] [--out DIR]

            Renders each Markdown file to each format. Output files are named after the input
            (brief.md gives brief.pdf and brief.docx) and written atomically: a file that fails
            to render leaves any earlier file of that name untouched.

            Options:
              --format LIST   formats to write, comma-separated (default: pdf,docx)
              --theme THEME   letter, a4, or a YAML theme file (default: letter)
              --out DIR       the output folder, created when missing (default: out)
              --help          this text
            """;

    private final PrintStream out;
    private final PrintStream err;

    RenderCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> args) throws UsageException {
        Arguments a = Arguments.parse(args, Set.of("format", "theme", "out"), Set.of());
        if (a.help) {
            out.print(HELP);
            return Main.OK;
        }
        if (a.files.isEmpty()) {
            throw new UsageException("render needs at least one Markdown file");
        }
        List<Renderer> renderers = renderers(a.option("format", "pdf,docx"));
        Theme theme = Inputs.theme(a.option("theme", "letter"));
        Path folder = Path.of(a.option("out", "out"));
        List<Path> inputs = a.files.stream().map(Path::of).toList();
        checkDistinctNames(inputs);
        return renderAll(inputs, renderers, theme, folder);
    }

    static List<Renderer> renderers(String formats) throws UsageException {
        List<Renderer> renderers = new ArrayList<>();
        for (String format : Main.split(formats)) {
            try {
                renderers.add(Renderers.forFormat(format));
            } catch (BriefkitException e) {
                throw new UsageException("--format: " + e.getMessage());
            }
        }
        if (renderers.isEmpty()) {
            throw new UsageException("--format names no format");
        }
        return renderers;
    }

    private static void checkDistinctNames(List<Path> inputs) throws UsageException {
        Map<String, Path> seen = new HashMap<>();
        for (Path input : inputs) {
            Path other = seen.put(stem(input), input);
            if (other != null && !other.equals(input)) {
                throw new UsageException(other + " and " + input + " would write the same output files");
            }
        }
    }

    private int renderAll(List<Path> inputs, List<Renderer> renderers, Theme theme, Path folder) {
        int threads = Math.min(inputs.size(), Math.max(1, Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (Path input : inputs) {
                results.add(pool.submit(() -> renderOne(input, renderers, theme, folder)));
            }
            int failed = 0;
            for (int i = 0; i < inputs.size(); i++) {
                String prefix = "[" + (i + 1) + "/" + inputs.size() + "] " + inputs.get(i);
                try {
                    out.println(prefix + " -> " + results.get(i).get());
                } catch (ExecutionException e) {
                    failed++;
                    err.println(prefix + ": error: " + message(e.getCause()));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    err.println(prefix + ": interrupted");
                    return Main.BAD_INPUT;
                }
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

    private static String renderOne(Path input, List<Renderer> renderers, Theme theme, Path folder)
            throws IOException {
        long start = System.nanoTime();
        Document document = Inputs.read(input);
        List<String> written = new ArrayList<>();
        for (Renderer renderer : renderers) {
            Path target = folder.resolve(stem(input) + "." + renderer.extension());
            renderer.render(document, theme, target);
            written.add(target + " (" + kilobytes(Files.size(target)) + ")");
        }
        return String.join(", ", written) + String.format(" in %.1f s", (System.nanoTime() - start) / 1e9);
    }

    static String message(Throwable e) {
        if (e instanceof BriefkitException) {
            return e.getMessage();
        }
        return e.getClass().getSimpleName() + ": " + e.getMessage();
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

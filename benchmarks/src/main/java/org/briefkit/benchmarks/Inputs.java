package org.briefkit.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Where the benchmark's files are: the repository, its samples, pandoc's manual, the command-line jar. */
final class Inputs {
    /** The samples, smallest first. */
    static final List<String> SAMPLES = List.of("press-release.md", "brief.md", "report.md");
    static final String MANUAL = "pandoc-manual.md";

    private Inputs() {
    }

    /** A Markdown file, read. */
    record Markdown(String name, Path file, String text) {
        Path folder() {
            return file.toAbsolutePath().getParent();
        }
    }

    /**
     * @return the repository's root: the system property {@code briefkit.root} (the pom sets it),
     *         or the first folder up from the working directory that holds examples/samples
     */
    static Path root() {
        String property = System.getProperty("briefkit.root", "");
        if (!property.isBlank()) {
            return Path.of(property).toAbsolutePath().normalize();
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("examples/samples"))) {
                return p;
            }
        }
        throw new IllegalStateException("cannot find the repository (no examples/samples above "
                + Path.of("").toAbsolutePath() + "); set -Dbriefkit.root");
    }

    static List<Markdown> samples() {
        List<Markdown> out = new ArrayList<>();
        for (String name : SAMPLES) {
            out.add(read(root().resolve("examples/samples").resolve(name)));
        }
        return out;
    }

    /**
     * The corpus folder: the system property {@code bench.corpus} when set; otherwise
     * {@code ../shared/corpus} from the repository's root, or from a folder above it (a git
     * worktree kept one level deeper than the main checkout finds it too).
     *
     * @return the folder, or the first place looked at when it is nowhere
     */
    static Path corpus() {
        String property = System.getProperty("bench.corpus", "");
        if (!property.isBlank()) {
            return Path.of(property).toAbsolutePath().normalize();
        }
        Path first = root().resolve("../shared/corpus").normalize();
        for (Path p = root().getParent(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("shared/corpus");
            if (Files.isRegularFile(candidate.resolve(MANUAL))) {
                return candidate;
            }
        }
        return first;
    }

    /** @return pandoc's manual, when the corpus folder holds it */
    static Optional<Markdown> manual() {
        Path file = corpus().resolve(MANUAL);
        return Files.isRegularFile(file) ? Optional.of(read(file)) : Optional.empty();
    }

    /** @return examples/target/briefkit.jar, the jar ./briefkit runs, when it has been built */
    static Optional<Path> cliJar() {
        Path jar = root().resolve("examples/target/briefkit.jar");
        return Files.isRegularFile(jar) ? Optional.of(jar) : Optional.empty();
    }

    private static Markdown read(Path file) {
        try {
            String name = file.getFileName().toString();
            return new Markdown(name.substring(0, name.length() - 3), file,
                    Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

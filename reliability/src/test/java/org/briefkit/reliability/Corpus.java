package org.briefkit.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Real Markdown no one on this project wrote (pandoc's manual and test suite), from the shared
 * corpus folder outside the repository: {@code -Dbriefkit.corpus=DIR}, or {@code shared/corpus}
 * in a folder above the module. Absent in a user's clone; tests that need it are skipped then.
 */
final class Corpus {
    private Corpus() {
    }

    /** @return the corpus's Markdown files, sorted; none when there is no corpus */
    static List<Path> files() {
        Path dir = folder();
        if (dir == null) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".md") && !f.getFileName().toString().equals("README.md"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the text of each corpus file */
    static List<String> texts() {
        List<String> out = new ArrayList<>();
        for (Path f : files()) {
            try {
                out.add(Files.readString(f, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    private static Path folder() {
        String configured = System.getProperty("briefkit.corpus");
        if (configured != null) {
            return Files.isDirectory(Path.of(configured)) ? Path.of(configured) : null;
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("corpus");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}

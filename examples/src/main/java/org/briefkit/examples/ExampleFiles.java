package org.briefkit.examples;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the examples read and write, whether they run from the repository's root (as
 * {@code java -cp examples/target/briefkit.jar ...}) or from the examples module (as its tests do).
 */
final class ExampleFiles {
    private ExampleFiles() {
    }

    /**
     * @param args    the example's arguments; the first, when given, is the output folder
     * @param example the example's name, for the default folder
     * @return the output folder: the first argument, or {@code examples/target/examples/NAME}
     */
    static Path outputFolder(String[] args, String example) {
        if (args.length > 0) {
            return Path.of(args[0]);
        }
        Path target = Files.isDirectory(Path.of("examples", "samples")) ? Path.of("examples", "target") : Path.of("target");
        return target.resolve("examples").resolve(example);
    }

    /**
     * @param name a sample's file name, such as {@code brief.md}
     * @return the sample, in {@code examples/samples/} or, from the module's folder, {@code samples/}
     */
    static Path sample(String name) {
        Path fromRoot = Path.of("examples", "samples", name);
        return Files.exists(fromRoot) ? fromRoot : Path.of("samples", name);
    }
}

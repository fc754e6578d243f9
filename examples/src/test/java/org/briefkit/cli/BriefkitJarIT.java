package org.briefkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.briefkit.examples.Outputs;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged {@code examples/target/briefkit.jar}, run as a separate Java process, as
 * {@code ./briefkit} runs it: real exit codes, renderers found through the shaded service files,
 * fonts read from inside the jar, and no logging noise. Failsafe runs it after {@code package}.
 */
class BriefkitJarIT {
    private static Path jar;

    @TempDir
    Path dir;

    @BeforeAll
    static void findTheJar() {
        jar = Path.of(System.getProperty("briefkit.jar", "target/briefkit.jar"));
        assumeTrue(Files.isRegularFile(jar), () -> jar + " is missing: it is built by 'mvn package' (failsafe runs this "
                + "test in 'mvn verify', after package)");
    }

    private record Run(int exit, String out, String err) {
    }

    private Run java(Object... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString()));
        for (Object arg : args) {
            command.add(arg.toString());
        }
        Path out = dir.resolve("stdout.txt");
        Path err = dir.resolve("stderr.txt");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(process.waitFor(2, TimeUnit.MINUTES), "briefkit.jar did not finish in two minutes");
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void helpExitsWithZero() throws Exception {
        Run run = java("--help");
        assertEquals(0, run.exit(), run::toString);
        assertTrue(run.out().startsWith("Usage: briefkit <command>"), run::toString);
        assertEquals("", run.err());
    }

    @Test
    void theExitCodesReachTheShell() throws Exception {
        assertEquals(2, java("render", "--colour", "red").exit());
        Run missing = java("render", dir.resolve("missing.md"), "--out", dir);
        assertEquals(1, missing.exit(), missing::toString);
        assertTrue(missing.err().contains(dir.resolve("missing.md") + ": no such file"), missing::toString);
    }

    @Test
    void theJarRendersTheBriefWithItsOwnFontsAndNoNoise() throws Exception {
        Path out = dir.resolve("out");
        Run run = java("render", Cli.SAMPLES.resolve("brief.md"), "--strict", "--no-system-fonts", "--out", out);
        assertEquals(0, run.exit(), run::toString);
        assertEquals("", run.err(), "no warnings and no logging on stderr");
        assertTrue(run.out().startsWith("[1/1] " + Cli.SAMPLES.resolve("brief.md") + " -> "), run::toString);
        assertTrue(Outputs.pdfText(out.resolve("brief.pdf")).contains("무더위쉼터"));
        assertTrue(Outputs.docxText(out.resolve("brief.docx")).contains("Open Late, Close By"));
    }
}

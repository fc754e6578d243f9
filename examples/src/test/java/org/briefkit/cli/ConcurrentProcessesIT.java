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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fifty command-line renders started at once on a 2-core machine, as a shared service or a
 * build pipeline under load starts them. Every one must succeed: the reader's limits count work,
 * not time, so a busy machine gives the same answer as an idle one (with the old 10-second
 * parse deadline, 0 of 50 succeeded here). The test asserts outcomes only, never durations.
 */
class ConcurrentProcessesIT {
    private static final int PROCESSES = 50;

    @TempDir
    Path dir;

    @Test
    void fiftyRendersAtOnceAllSucceed() throws Exception {
        Path jar = Path.of(System.getProperty("briefkit.jar", "target/briefkit.jar"));
        assumeTrue(Files.isRegularFile(jar), () -> jar + " is missing: failsafe runs this test after package");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();

        List<Process> processes = new ArrayList<>();
        for (int i = 0; i < PROCESSES; i++) {
            Path source = Files.writeString(dir.resolve("brief-" + i + ".md"), smallBrief(i), StandardCharsets.UTF_8);
            Path log = dir.resolve("log-" + i + ".txt");
            processes.add(new ProcessBuilder(java, "-jar", jar.toString(), "render", source.toString(),
                    "--strict", "--no-system-fonts", "--out", dir.resolve("out-" + i).toString())
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start());
        }
        for (int i = 0; i < PROCESSES; i++) {
            Process process = processes.get(i);
            // A guard against a hung process only: the test asserts no duration.
            if (!process.waitFor(30, TimeUnit.MINUTES)) {
                processes.forEach(Process::destroyForcibly);
                throw new AssertionError("render " + i + " hung");
            }
        }
        for (int i = 0; i < PROCESSES; i++) {
            String log = Files.readString(dir.resolve("log-" + i + ".txt"), StandardCharsets.UTF_8);
            assertEquals(0, processes.get(i).exitValue(), "render " + i + ": " + log);
            Path out = dir.resolve("out-" + i);
            assertTrue(Outputs.pdfText(out.resolve("brief-" + i + ".pdf")).contains("Brief number " + i), log);
            assertTrue(Outputs.docxText(out.resolve("brief-" + i + ".docx")).contains("Brief number " + i), log);
        }
    }

    private static String smallBrief(int i) {
        return """
                ---
                kind: brief
                title: "Load test %d"
                date: 2026-03-01
                ---

                Brief number %d, *short* and **plain**, with a list:

                - one item
                - two items

                > A quotation that is brief.

                A closing paragraph with a [link](https://example.org) and a note.[^n]

                [^n]: The note.
                """.formatted(i, i);
    }
}

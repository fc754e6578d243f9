package org.briefkit.benchmarks;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Commands run as processes: pandoc, the briefkit command line, and this JVM's children. */
final class Processes {
    /**
     * pandoc's PDF engines (pandoc 2.17's list), in the order tried: the first on the PATH is
     * used. pdfroff needs the ms writer.
     */
    static final List<String> PDF_ENGINES = List.of("pdflatex", "xelatex", "lualatex", "tectonic", "latexmk",
            "wkhtmltopdf", "weasyprint", "pagedjs-cli", "prince", "context", "pdfroff");

    private Processes() {
    }

    /** What a process did. */
    record Outcome(int exit, double ms, String output) {
        boolean ok() {
            return exit == 0;
        }
    }

    /**
     * Runs a command to its end, its output (stdout and stderr) kept.
     *
     * @param dir     its working folder
     * @param seconds how long it may take before it is killed (exit -1)
     */
    static Outcome run(List<String> command, Path dir, int seconds) throws IOException, InterruptedException {
        Path log = Files.createTempFile("bench-process", ".log");
        try {
            long start = System.nanoTime();
            Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            boolean done = p.waitFor(seconds, TimeUnit.SECONDS);
            double ms = (System.nanoTime() - start) / 1e6;
            if (!done) {
                p.destroyForcibly().waitFor();
            }
            return new Outcome(done ? p.exitValue() : -1, ms, Files.readString(log, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(log);
        }
    }

    /** @return the program's path when it is on the PATH */
    static Optional<Path> onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir, program);
            if (Files.isExecutable(candidate) && !Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** @return the first of pandoc's PDF engines on the PATH */
    static Optional<String> pdfEngine() {
        return PDF_ENGINES.stream().filter(e -> onPath(e).isPresent()).findFirst();
    }

    /** @return the command that starts this JVM's java with this class path, then the arguments */
    static List<String> java(List<String> jvmOptions, String mainClass, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-Djava.awt.headless=true");
        command.add("-Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass);
        command.addAll(List.of(args));
        return command;
    }

    /** @return the first line of some output, for a message */
    static String firstLine(String output) {
        String s = output.strip();
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}

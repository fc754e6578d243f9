package org.briefkit.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import org.briefkit.BriefkitException;

/**
 * The {@code briefkit} command: {@code render} and {@code kit}. Exit codes: 0 success, 1 bad
 * input (the message names the file, and the line and column for Markdown), 2 a usage error.
 */
public final class Main {
    /** Everything rendered. */
    public static final int OK = 0;
    /** An input could not be read, parsed or rendered. */
    public static final int BAD_INPUT = 1;
    /** The command line was not understood. */
    public static final int USAGE = 2;

    static final String USAGE_TEXT = """
            Usage: briefkit <command> [options] FILE.md...

            Renders Markdown documents with YAML front matter to print-ready PDF and editable DOCX.

            Commands:
              render   render each file to PDF and DOCX, next to each other in one folder
              kit      bundle files as a media kit: both formats and a manifest, as a zip or a folder

            Run 'briefkit <command> --help' for a command's options.
            Exit codes: 0 success, 1 bad input, 2 usage error.
            """;

    private Main() {
    }

    /**
     * Runs the command line and exits with its code.
     *
     * @param args the command and its arguments
     */
    public static void main(String[] args) {
        // POI logs through Log4j's API; without a provider it warns on stderr at start-up.
        if (System.getProperty("log4j2.loggerContextFactory") == null) {
            System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        }
        System.exit(run(List.of(args), System.out, System.err));
    }

    /**
     * @param args the command and its arguments
     * @param out  where progress goes
     * @param err  where errors go
     * @return the exit code
     */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty()) {
            err.print(USAGE_TEXT);
            return USAGE;
        }
        String command = args.get(0);
        List<String> rest = args.subList(1, args.size());
        try {
            switch (command) {
                case "render":
                    return new RenderCommand(out, err).run(rest);
                case "kit":
                    return new KitCommand(out).run(rest);
                case "--help":
                case "-h":
                case "help":
                    out.print(USAGE_TEXT);
                    return OK;
                default:
                    throw new UsageException("unknown command '" + command + "'; commands are: render, kit");
            }
        } catch (UsageException e) {
            err.println("briefkit: " + e.getMessage());
            err.println("Run 'briefkit --help' for usage.");
            return USAGE;
        } catch (BriefkitException e) {
            err.println("briefkit: " + e.getMessage());
            return BAD_INPUT;
        }
    }

    static List<String> split(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}

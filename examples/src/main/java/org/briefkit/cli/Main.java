package org.briefkit.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.briefkit.BriefkitException;

/**
 * The {@code briefkit} command: {@code render} and {@code kit}. Exit codes: 0 success, 1 bad
 * input (the message names the file, and the line and column for Markdown) or a failed render,
 * 2 a usage error.
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
              render   render each file to PDF and DOCX, into one folder
              kit      bundle files as a media kit: both formats and a manifest, as a zip or a folder
              help     this text, or 'briefkit help <command>' for a command's options
              version  the version of briefkit and of Java

            Examples:
              briefkit render examples/samples/*.md --out out
              briefkit render brief.md --format pdf --theme a4
              briefkit kit release.md brief.md --out media-kit.zip

            Run 'briefkit <command> --help' for a command's options.
            Exit codes: 0 success, 1 bad input or a failed render, 2 usage error.
            """;

    private Main() {
    }

    /**
     * Runs the command line and exits with its code.
     *
     * @param args the command and its arguments
     */
    public static void main(String[] args) {
        System.exit(run(List.of(args), System.out, System.err));
    }

    /**
     * Runs one command, in this process, without exiting.
     *
     * @param args the command and its arguments
     * @param out  where help, progress and results go
     * @param err  where errors and warnings go
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
                    return new KitCommand(out, err).run(rest);
                case "help":
                case "--help":
                case "-h":
                    return help(rest, out);
                case "version":
                case "--version":
                case "-V":
                    out.println("briefkit " + version() + " (Java " + System.getProperty("java.version") + ")");
                    return OK;
                default:
                    throw new UsageException((command.startsWith("-") ? "unknown option '" : "unknown command '")
                            + command + "'; commands are: render, kit, help, version");
            }
        } catch (UsageException e) {
            err.println("briefkit: " + e.getMessage());
            err.println("Run 'briefkit --help' for usage.");
            return USAGE;
        } catch (InvalidPathException e) {
            err.println("briefkit: not a valid path: " + e.getMessage());
            return USAGE;
        } catch (BriefkitException e) {
            err.println("briefkit: error: " + e.getMessage());
            return BAD_INPUT;
        } catch (RuntimeException e) {
            err.println("briefkit: internal error, please report it with the input that caused it:");
            e.printStackTrace(err);
            return BAD_INPUT;
        } finally {
            out.flush();
            err.flush();
        }
    }

    private static int help(List<String> topic, PrintStream out) throws UsageException {
        if (topic.isEmpty()) {
            out.print(USAGE_TEXT);
            return OK;
        }
        switch (topic.get(0)) {
            case "render":
                out.print(RenderCommand.HELP);
                return OK;
            case "kit":
                out.print(KitCommand.HELP);
                return OK;
            default:
                throw new UsageException("no help for '" + topic.get(0) + "'; commands are: render, kit");
        }
    }

    /** @return this build's version, filled in by Maven; "unknown" when run from unfiltered sources */
    static String version() {
        try (InputStream in = Main.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                String version = p.getProperty("version", "");
                if (!version.isEmpty() && !version.startsWith("${")) {
                    return version;
                }
            }
        } catch (IOException e) {
            // fall through
        }
        return "unknown";
    }

    static List<String> split(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}

package org.briefkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Help, version and usage errors: exit 0 for help, 2 for anything the command line does not understand. */
class UsageTest {
    @TempDir
    Path dir;

    private static void assertUsageError(Cli cli, String fragment) {
        assertEquals(Main.USAGE, cli.exit(), cli::toString);
        assertTrue(cli.err().contains("briefkit: " + fragment), cli::toString);
        assertTrue(cli.err().contains("Run 'briefkit --help' for usage."), cli::toString);
        assertEquals("", cli.out(), cli::toString);
    }

    @ParameterizedTest
    @ValueSource(strings = {"--help", "-h", "help"})
    void helpPrintsTheCommandsAndExitCodes(String option) {
        Cli cli = Cli.run(option);
        assertEquals(Main.OK, cli.exit(), cli::toString);
        assertTrue(cli.out().startsWith("Usage: briefkit <command>"), cli::toString);
        assertTrue(cli.out().contains("Exit codes: 0 success, 1 bad input or a failed render, 2 usage error."), cli::toString);
        assertEquals("", cli.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"render", "kit"})
    void everyCommandHasHelp(String command) {
        for (Cli cli : new Cli[] {Cli.run(command, "--help"), Cli.run(command, "-h"), Cli.run("help", command),
            Cli.run(command, "some.md", "--help")}) {
            assertEquals(Main.OK, cli.exit(), cli::toString);
            assertTrue(cli.out().startsWith("Usage: briefkit " + command + " FILE.md..."), cli::toString);
            for (String option : new String[] {"--out", "--format", "--theme", "--strict", "--no-system-fonts", "--help"}) {
                assertTrue(cli.out().contains(option), () -> option + " missing from " + cli);
            }
        }
    }

    @Test
    void versionNamesTheBuildAndJava() {
        for (String option : new String[] {"--version", "-V", "version"}) {
            Cli cli = Cli.run(option);
            assertEquals(Main.OK, cli.exit(), cli::toString);
            assertTrue(cli.out().matches("briefkit \\d+\\.\\d+\\.\\d+(-SNAPSHOT)? \\(Java \\S+\\)\\R"), cli::toString);
        }
    }

    @Test
    void noArgumentsPrintsTheUsageOnStderr() {
        Cli cli = Cli.run();
        assertEquals(Main.USAGE, cli.exit());
        assertTrue(cli.err().startsWith("Usage: briefkit"), cli::toString);
    }

    @Test
    void unknownCommandIsAUsageError() {
        assertUsageError(Cli.run("draw", "x.md"), "unknown command 'draw'; commands are: render, kit, help, version");
        assertUsageError(Cli.run("--frobnicate"), "unknown option '--frobnicate'");
        assertUsageError(Cli.run("help", "draw"), "no help for 'draw'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"render", "kit"})
    void unknownOptionIsAUsageError(String command) {
        assertUsageError(Cli.run(command, "samples/brief.md", "--colour", "red"), "unknown option '--colour'");
        assertUsageError(Cli.run(command, "-x", "samples/brief.md"), "unknown option '-x'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"render", "kit"})
    void unknownFormatIsAUsageError(String command) {
        assertUsageError(Cli.run(command, "samples/brief.md", "--format", "odt", "--out", dir.resolve("x")),
                "--format: unknown format 'odt'; known formats: docx, pdf");
        assertUsageError(Cli.run(command, "samples/brief.md", "--format", ",", "--out", dir.resolve("x")),
                "--format names no format");
        assertTrue(Files.notExists(dir.resolve("x")));
    }

    @Test
    void optionsNeedTheirValuesAndFlagsTakeNone() {
        assertUsageError(Cli.run("render", "samples/brief.md", "--out"), "option --out needs a value");
        assertUsageError(Cli.run("render", "samples/brief.md", "--out="), "option --out needs a value");
        assertUsageError(Cli.run("render", "samples/brief.md", "--strict=yes"), "option --strict takes no value");
    }

    @Test
    void commandsNeedFiles() {
        assertUsageError(Cli.run("render", "--out", dir), "render needs at least one Markdown file");
        assertUsageError(Cli.run("kit"), "kit needs at least one Markdown file");
    }

    @Test
    void unknownThemeIsAUsageError() {
        assertUsageError(Cli.run("render", "samples/brief.md", "--theme", "legal"),
                "--theme takes letter, a4 or a theme file; 'legal' is none of them");
    }

    @Test
    void outputPlacesMustBeOfTheRightKind() throws IOException {
        Path file = Files.writeString(dir.resolve("taken"), "x");
        assertUsageError(Cli.run("render", "samples/brief.md", "--out", file), "--out " + file + " is a file; it must be a folder");
        assertUsageError(Cli.run("kit", "samples/brief.md", "--out", file), "--out " + file + " is a file");
        Path folder = Files.createDirectories(dir.resolve("kit.zip"));
        assertUsageError(Cli.run("kit", "samples/brief.md", "--out", folder), "--out " + folder + " is a folder");
        assertEquals("x", Files.readString(file));
    }

    @Test
    void twoInputsWithTheSameNameAreAUsageError() throws IOException {
        Path a = Files.createDirectories(dir.resolve("a")).resolve("brief.md");
        Path b = Files.createDirectories(dir.resolve("b")).resolve("brief.md");
        assertUsageError(Cli.run("render", a, b, "--out", dir), a + " and " + b + " would write the same output files");
    }
}

package org.briefkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.briefkit.examples.Outputs;
import org.briefkit.theme.ThemeFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the README promises about the command line: its theme keys and example theme file. */
class ReadmeTest {
    private static final Path README = Path.of("..", "README.md");

    @TempDir
    Path dir;

    @Test
    void theReadmeDocumentsEveryThemeKey() throws Exception {
        String readme = Files.readString(README);
        Field top = ThemeFile.class.getDeclaredField("TOP");
        top.setAccessible(true);
        @SuppressWarnings("unchecked")
        Set<String> keys = new TreeSet<>((Set<String>) top.get(null));
        for (String key : keys) {
            assertTrue(readme.contains("| `" + key + "`") || readme.contains(", `" + key + "` |"),
                    () -> "README.md's theme table does not list '" + key + "'");
        }
    }

    @Test
    void theExampleThemeFileRenders() throws IOException {
        Cli cli = Cli.run("render", Cli.SAMPLES.resolve("press-release.md"), "--theme", Path.of("themes", "house.yaml"),
                "--format", "pdf", "--out", dir);
        assertEquals(Main.OK, cli.exit(), cli::toString);
        assertEquals(842, Outputs.pageSize(dir.resolve("press-release.pdf"))[1], 1);
    }

    @Test
    void theReadmeStartsWithTheTwoCommands() throws IOException {
        String readme = Files.readString(README);
        int render = readme.indexOf("./briefkit render examples/samples/*.md --out out");
        int verify = readme.indexOf("mvn -B verify");
        assertTrue(render > 0 && verify > render && readme.indexOf("## ", readme.indexOf("## Try it") + 1) > verify,
                "the two commands come first, in 'Try it'");
        assertTrue(Files.readString(Path.of("..", ".ci", "run")).contains("exec mvn -B verify"), ".ci/run runs the same command");
    }
}

package org.briefkit.reliability;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.briefkit.BriefkitException;
import org.briefkit.model.Document;
import org.briefkit.theme.Theme;
import org.briefkit.theme.ThemeException;
import org.briefkit.theme.ThemeFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random theme files ({@link ThemeGen}): valid, extreme, wrong and hostile. Each either reads to a
 * {@link Theme} or fails with a {@link ThemeException}, never another exception or an
 * {@code Error}, and no message holds a byte of a file the theme names (the test's files hold
 * {@link ThemeGen#SECRET}). Themes that read are rendered with a small random document: each
 * render gives a file or a {@code BriefkitException}, never anything else; half of them are drawn
 * from the hostile generator, so they hold whatever extreme values a theme file gets past the reader.
 */
class PropertyThemeTest {
    private static final int CASES = Budget.cases("themeCases", 400);
    private static final int RENDER_CASES = Budget.cases("themeRenderCases", 30);

    @TempDir
    static Path root;
    private static Path themes;

    @BeforeAll
    static void layOutTheFolder() throws IOException {
        themes = Files.createDirectories(root.resolve("themes"));
        Path fonts = Files.createDirectories(themes.resolve("fonts"));
        copy("liberation/LiberationSerif-Regular.ttf", fonts.resolve("Serif-Regular.ttf"));
        copy("liberation/LiberationSerif-Bold.ttf", fonts.resolve("Serif-Bold.ttf"));
        copy("liberation/LiberationSans-Regular.ttf", fonts.resolve("Sans-Regular.ttf"));
        copy("liberation/LiberationMono-Regular.ttf", fonts.resolve("Mono-Regular.ttf"));
        Path secret = Files.writeString(root.resolve("outside-secret.ttf"), ThemeGen.SECRET);
        Files.writeString(themes.resolve("not-a-font.ttf"), ThemeGen.SECRET);
        Files.createSymbolicLink(themes.resolve("link-out.ttf"), secret);
    }

    @Test
    void everyRandomThemeFileReadsOrFailsWithAThemeException() throws Exception {
        long seed = Budget.seed() ^ 0x7E3EL;
        AtomicInteger read = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        CaseRunner.run("random theme files", seed, CASES, i -> {
            String yaml = new ThemeGen(Budget.caseSeed(seed, i), i % 3 == 0).yaml();
            if (readOrRefuse(i, yaml) != null) {
                read.incrementAndGet();
            } else {
                refused.incrementAndGet();
            }
        });
        System.out.printf("  %d theme files read, %d refused with a ThemeException%n", read.get(), refused.get());
        assertTrue(read.get() > CASES / 10, "enough themes read to prove anything: " + read.get());
        assertTrue(refused.get() > CASES / 10, "enough themes refused to prove anything: " + refused.get());
    }

    @Test
    void everyThemeThatReadsRendersOrFailsWithABriefkitException() throws Exception {
        long seed = Budget.seed() ^ 0x7E3E2L;
        AtomicInteger rendered = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        CaseRunner.run("random themes rendered", seed, RENDER_CASES, i -> {
            long caseSeed = Budget.caseSeed(seed, i);
            Theme theme = null;
            for (int attempt = 0; theme == null && attempt < 20; attempt++) {
                // Odd cases look for an extreme theme that still reads: values at the edges of what is accepted.
                theme = readOrRefuse(i, new ThemeGen(caseSeed + attempt, i % 2 == 0).yaml());
            }
            if (theme == null) {
                return;
            }
            Document document = new ModelGen(caseSeed, false, 2).document();
            List<String> warnings = Collections.synchronizedList(new ArrayList<>());
            Theme chosen = theme;
            for (String format : List.of("PDF", "DOCX")) {
                try {
                    byte[] file = format.equals("PDF") ? Renders.pdf(document, chosen, warnings)
                            : Renders.docx(document, chosen);
                    assertTrue(file.length > 0, format + " is empty");
                    rendered.incrementAndGet();
                } catch (BriefkitException e) {
                    refused.incrementAndGet();
                } catch (RuntimeException | StackOverflowError e) {
                    throw new AssertionError(format + ": an exception that is not a BriefkitException: " + e
                            + "\n  theme: " + PropertyModelTest.describe(chosen), e);
                }
            }
        });
        System.out.printf("  %d renders with random themes, %d refused with a BriefkitException%n", rendered.get(),
                refused.get());
        assertTrue(rendered.get() > RENDER_CASES / 2, "enough renders to prove anything: " + rendered.get());
    }

    /** @return the theme the YAML describes, or null when it is refused as it should be */
    private static Theme readOrRefuse(int index, String yaml) throws IOException {
        Path file = Files.writeString(themes.resolve("theme-" + index + ".yaml"), yaml);
        try {
            return ThemeFile.read(file);
        } catch (ThemeException e) {
            String message = String.valueOf(e.getMessage());
            assertFalse(message.contains(ThemeGen.SECRET), "a message shows a file's content: " + message);
            assertFalse(message.contains("root:"), "a message shows a system file: " + message);
            assertTrue(message.length() < 2_000, "a message of " + message.length() + " characters");
            return null;
        } catch (RuntimeException | Error e) {
            throw new AssertionError("not a ThemeException: " + e + "\n  theme file: "
                    + yaml.substring(0, Math.min(500, yaml.length())), e);
        }
    }

    private static void copy(String resource, Path to) throws IOException {
        try (InputStream in = Theme.class.getClassLoader().getResourceAsStream(resource)) {
            Files.copy(in, to);
        }
    }
}

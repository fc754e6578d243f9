package org.briefkit.reliability;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.briefkit.BriefkitException;
import org.briefkit.model.Document;
import org.briefkit.theme.FontFamily;
import org.briefkit.theme.FontFile;
import org.briefkit.theme.Fonts;
import org.briefkit.theme.Theme;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random font sources: a theme's body font given as bytes, as a stream or as a file, holding a
 * whole font, a font cut short, a font with bytes flipped, a font of another face, random bytes or
 * nothing. Each render gives a PDF that opens and holds the text, or a {@link BriefkitException}
 * whose message is short and shows no byte of the font; never another exception or an {@code Error}.
 */
class PropertyFontSourceTest {
    private static final int CASES = Budget.cases("fontSourceCases", 60);
    private static final List<String> FACES = List.of("liberation/LiberationSerif-Regular.ttf",
            "liberation/LiberationSans-Bold.ttf", "liberation/LiberationMono-Regular.ttf");

    @TempDir
    static Path folder;
    private static final List<byte[]> REAL = new ArrayList<>();

    @BeforeAll
    static void readTheShippedFaces() throws IOException {
        for (String face : FACES) {
            try (InputStream in = PropertyFontSourceTest.class.getClassLoader().getResourceAsStream(face)) {
                REAL.add(in.readAllBytes());
            }
        }
    }

    @Test
    void everyFontSourceRendersOrFailsWithABriefkitException() throws Exception {
        long seed = Budget.seed() ^ 0xF0A7L;
        AtomicInteger rendered = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        CaseRunner.run("random font sources", seed, CASES, i -> {
            Random random = new Random(Budget.caseSeed(seed, i));
            byte[] bytes = bytes(random);
            Document document = new ModelGen(Budget.caseSeed(seed, i), false, 2).document();
            List<String> warnings = Collections.synchronizedList(new ArrayList<>());
            try {
                FontFile body = source(random, i, bytes);
                Fonts fonts = Fonts.LIBERATION;
                FontFamily family = FontFamily.of("Random Face", body, body, body, body);
                Theme theme = Theme.letter().toBuilder()
                        .fonts(new Fonts(family, fonts.heading(), fonts.mono(), fonts.fallbacks())).build();
                byte[] pdf = Renders.pdf(document, theme, warnings);
                try (PDDocument opened = Loader.loadPDF(pdf)) {
                    assertTrue(opened.getNumberOfPages() > 0, "a PDF of no pages");
                }
                rendered.incrementAndGet();
            } catch (BriefkitException e) {
                String message = String.valueOf(e.getMessage());
                assertTrue(message.length() < 2_000, "a message of " + message.length() + " characters");
                assertFalse(message.chars().anyMatch(c -> c < 0x20 && c != '\n'), "control characters: " + message);
                refused.incrementAndGet();
            } catch (RuntimeException | Error e) {
                throw new AssertionError("not a BriefkitException: " + e, e);
            }
        });
        System.out.printf("  %d renders with random font sources, %d refused with a BriefkitException%n",
                rendered.get(), refused.get());
        assertTrue(rendered.get() > CASES / 10, "enough renders to prove anything: " + rendered.get());
        assertTrue(refused.get() > CASES / 10, "enough refusals to prove anything: " + refused.get());
    }

    /** Whole, cut, flipped, another face, random or empty bytes. */
    private static byte[] bytes(Random random) {
        byte[] real = REAL.get(random.nextInt(REAL.size())).clone();
        switch (random.nextInt(6)) {
            case 0, 1:
                return real;
            case 2:
                return java.util.Arrays.copyOf(real, random.nextInt(real.length));
            case 3:
                for (int flips = 1 + random.nextInt(50); flips > 0; flips--) {
                    real[random.nextInt(real.length)] ^= (byte) (1 + random.nextInt(255));
                }
                return real;
            case 4:
                byte[] noise = new byte[random.nextInt(70_000)];
                random.nextBytes(noise);
                if (noise.length >= 4 && random.nextBoolean()) {
                    noise[0] = 0; // a TrueType version number, so the font parsers look further
                    noise[1] = 1;
                    noise[2] = 0;
                    noise[3] = 0;
                }
                return noise;
            default:
                return new byte[0];
        }
    }

    /** The bytes as a byte font, a stream or a file. */
    private static FontFile source(Random random, int index, byte[] bytes) throws IOException {
        return switch (random.nextInt(3)) {
            case 0 -> FontFile.of("random-" + index + ".ttf", bytes);
            case 1 -> FontFile.read("random-" + index + ".ttf", new ByteArrayInputStream(bytes));
            default -> FontFile.file(Files.write(folder.resolve("random-" + index + ".ttf"), bytes));
        };
    }
}

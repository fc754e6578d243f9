package org.briefkit.pdf.internal.font;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.briefkit.theme.FontFile;
import org.briefkit.theme.ThemeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Faces are loaded by content: one face for the same bytes anywhere, a new one for new bytes. */
class FontLibraryTest {
    private static final FontFile SANS = FontFile.classpath("liberation/LiberationSans-Regular.ttf");
    private static final FontFile SERIF = FontFile.classpath("liberation/LiberationSerif-Regular.ttf");

    @Test
    void theSameFontFromFortyPathsIsOneFace(@TempDir Path dir) throws Exception {
        byte[] bytes = SANS.readAllBytes();
        FontFace shipped = FontLibrary.load(SANS);
        List<FontFace> faces = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            Path file = Files.createDirectories(dir.resolve("tenant" + i)).resolve("Sans.ttf");
            Files.write(file, bytes);
            faces.add(FontLibrary.load(FontFile.file(file)));
            faces.add(FontLibrary.load(file, 0)); // as an installed font, too
        }
        faces.add(FontLibrary.load(FontFile.of("Sans.ttf", bytes)));
        for (FontFace face : faces) {
            assertSame(shipped, face);
        }
        assertTrue(FontLibrary.cachedFaces() <= FontLibrary.DEFAULT_CACHE_ENTRIES);
        assertTrue(FontLibrary.cachedBytes() <= FontLibrary.DEFAULT_CACHE_BYTES);
        assertTrue(shipped.key().startsWith("sha256:"), shipped.key());
        assertFalse(shipped.key().contains(dir.toString()));
    }

    @Test
    void aFileReplacedAtItsPathIsLoadedAgain(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("Body.ttf");
        Files.write(file, SERIF.readAllBytes());
        assertEquals("Liberation Serif", FontLibrary.load(FontFile.file(file)).name());
        Files.write(file, SANS.readAllBytes());
        assertEquals("Liberation Sans", FontLibrary.load(FontFile.file(file)).name());
        Files.write(file, SERIF.readAllBytes());
        assertEquals("Liberation Serif", FontLibrary.load(file, 0).name());
        Files.write(file, SANS.readAllBytes());
        assertEquals("Liberation Sans", FontLibrary.load(file, 0).name());
    }

    @Test
    void aFileThatIsNotAFontIsAThemeErrorNamingItWithoutItsBytes(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("secret.ttf");
        Files.writeString(file, "root:*:19000:0:99999:7:::\n".repeat(20));
        ThemeException e = assertThrows(ThemeException.class,
                () -> FontLibrary.load(FontFile.file("fonts/secret.ttf", file)));
        assertTrue(e.getMessage().startsWith("font 'fonts/secret.ttf' is not a TrueType or OpenType font"),
                e.getMessage());
        assertFalse(e.getMessage().contains("root") || e.getMessage().contains("tables"), e.getMessage());
    }
}

package org.briefkit.pdf.internal.font;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.briefkit.theme.FontStyle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Installed fonts found by the names in their name tables and by what their cmaps cover. */
class SystemFontsTest {

    private static void copy(String resource, Path folder) throws IOException {
        try (InputStream in = SystemFontsTest.class.getResourceAsStream("/fonts/" + resource)) {
            Files.copy(in, folder.resolve(resource));
        }
    }

    @Test
    void findsFontsByFamilyNameAndCoverage(@TempDir Path root) throws IOException {
        Path nested = Files.createDirectories(root.resolve("truetype/test"));
        copy("BriefkitHangul-Regular.ttf", nested);
        copy("BriefkitLigaTest-Regular.ttf", root);
        Files.writeString(root.resolve("not-a-font.ttf"), "nothing here");
        SystemFonts fonts = SystemFonts.only(List.of(root));
        assertEquals("Briefkit Hangul Regular", fonts.family("briefkit hangul", FontStyle.BOLD).orElseThrow().name());
        assertEquals("Briefkit Liga Test Regular", fonts.family("Briefkit Liga Test", FontStyle.REGULAR).orElseThrow()
                .name());
        assertTrue(fonts.family("Liberation Serif", FontStyle.REGULAR).isEmpty());
        assertEquals("Briefkit Hangul Regular", fonts.covering('\uD55C', FontStyle.REGULAR).orElseThrow().name());
        assertTrue(fonts.covering(0x13000, FontStyle.REGULAR).isEmpty());
    }

    @Test
    void searchesOnlyFoldersThatExist() {
        for (Path p : SystemFonts.usualFolders()) {
            assertTrue(Files.isDirectory(p));
        }
    }
}

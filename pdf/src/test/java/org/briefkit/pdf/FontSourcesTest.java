package org.briefkit.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.text.PDFTextStripper;
import org.briefkit.model.Document;
import org.briefkit.theme.FontFamily;
import org.briefkit.theme.FontFile;
import org.briefkit.theme.FontStyle;
import org.briefkit.theme.Fonts;
import org.briefkit.theme.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Theme fonts from files and bytes, rendered and read back with PDFBox: a font is what its bytes
 * are now, wherever it lies, and costs the same memory from one path or forty.
 */
class FontSourcesTest {
    private static final String[] FACES = {"Regular", "Bold", "Italic", "BoldItalic"};
    private static final Document DOC = Document.builder(Fixtures.metadata("Fonts from files"))
            .paragraph("The office staff filed the final figures.").heading(1, "A heading")
            .paragraph("Last words.").build();

    /** @return a theme setting every text in one family of these four files */
    private static Theme themeOf(Map<FontStyle, FontFile> files) {
        FontFamily family = new FontFamily("Brand", files);
        return Fixtures.themeBuilder().fonts(new Fonts(family, family, family, List.of())).build();
    }

    /** @return Liberation's four faces of {@code variant} ("Sans", "Serif") copied into {@code folder} */
    private static Map<FontStyle, FontFile> copy(String variant, Path folder) throws IOException {
        Files.createDirectories(folder);
        Map<FontStyle, FontFile> files = new EnumMap<>(FontStyle.class);
        for (FontStyle style : FontStyle.values()) {
            String name = "Liberation" + variant + "-" + FACES[style.ordinal()] + ".ttf";
            Path file = folder.resolve("Brand-" + FACES[style.ordinal()] + ".ttf");
            Files.write(file, FontFile.classpath("liberation/" + name).readAllBytes());
            files.put(style, FontFile.file(file));
        }
        return files;
    }

    /** @return the base names of the fonts the PDF embeds, without their subset tags */
    private static Set<String> embeddedFonts(byte[] pdf) throws IOException {
        Set<String> names = new TreeSet<>();
        for (String tagged : taggedFonts(pdf)) {
            names.add(tagged.replaceFirst("^[A-Z]{6}\\+", ""));
        }
        return names;
    }

    /** @return the names of the fonts the PDF embeds, with their subset tags */
    private static Set<String> taggedFonts(byte[] pdf) throws IOException {
        Set<String> names = new TreeSet<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    names.add(resources.getFont(name).getName());
                }
            }
        }
        return names;
    }

    private static long heapAfterGc() {
        long least = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            System.gc();
            least = Math.min(least, Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory());
        }
        return least;
    }

    @Test
    void aFontFileReplacedAtItsPathIsEmbeddedAsItIsNow(@TempDir Path dir) throws IOException {
        Theme theme = themeOf(copy("Serif", dir));
        assertEquals(Set.of("LiberationSerif", "LiberationSerif-Bold"), embeddedFonts(Fixtures.render(DOC, theme)));
        copy("Sans", dir); // another tenant's font, written over the same paths
        assertEquals(Set.of("LiberationSans", "LiberationSans-Bold"), embeddedFonts(Fixtures.render(DOC, theme)));
    }

    @Test
    void theSameFontInTwoFoldersGivesTheSameBytes(@TempDir Path dir) throws IOException {
        byte[] first = Fixtures.render(DOC, themeOf(copy("Sans", dir.resolve("tenant-a"))));
        byte[] second = Fixtures.render(DOC, themeOf(copy("Sans", dir.resolve("b/deeper/tenant"))));
        assertArrayEquals(first, second);
    }

    @Test
    void subsetTagsComeFromTheFontAndTheDocumentNeverFromAPath(@TempDir Path dir) throws IOException {
        Theme theme = themeOf(copy("Sans", dir.resolve("tenant-a")));
        Document other = Document.builder(Fixtures.metadata("Another brief")).paragraph("Other words, other glyphs.")
                .build();
        Set<String> first = taggedFonts(Fixtures.render(DOC, theme));
        assertEquals(first, taggedFonts(Fixtures.render(DOC, themeOf(copy("Sans", dir.resolve("tenant-b"))))));
        Set<String> second = taggedFonts(Fixtures.render(other, theme));
        assertTrue(second.stream().anyMatch(tagged -> first.stream().anyMatch(
                f -> f.substring(7).equals(tagged.substring(7)))), "a font both documents embed: " + first + " " + second);
        assertTrue(java.util.Collections.disjoint(first, second), "another document, other tags: " + first + " " + second);
    }

    @Test
    void aFontGivenAsBytesIsEmbeddedAndItsTextReadsBack() throws IOException {
        byte[] bytes = FontFile.classpath("liberation/LiberationSans-Regular.ttf").readAllBytes();
        Theme theme = themeOf(Map.of(FontStyle.REGULAR, FontFile.of("Brand-Regular.ttf", bytes)));
        byte[] pdf = Fixtures.render(DOC, theme);
        assertEquals(Set.of("LiberationSans"), embeddedFonts(pdf));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertTrue(new PDFTextStripper().getText(doc).contains("The office staff filed the final figures."));
        }
    }

    /**
     * Before fonts were keyed by content, each of the forty copies was a face of its own, kept for
     * the life of the process: 8 MB of heap grew to 98 MB after 1,000 such renders. Set
     * {@code -Dbriefkit.fonts.heapRenders=1000} to measure that run; the printed figures are in
     * docs/RELIABILITY.md.
     */
    @Test
    void fontsFromFortyPathsShareTheirFacesAndTheHeapStaysFlat(@TempDir Path dir) throws IOException {
        int renders = Integer.getInteger("briefkit.fonts.heapRenders", 80);
        List<Theme> themes = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            themes.add(themeOf(copy("Sans", dir.resolve("tenant" + i))));
        }
        Fixtures.render(DOC, themes.get(0));
        long before = heapAfterGc();
        for (int r = 0; r < renders; r++) {
            Fixtures.render(DOC, themes.get(r % themes.size()));
        }
        long after = heapAfterGc();
        System.out.printf("fonts from 40 paths: heap after GC %d MB before, %d MB after %d renders%n",
                before >> 20, after >> 20, renders);
        assertTrue(after - before < 32L << 20, "the heap grew from " + (before >> 20) + " MB to " + (after >> 20)
                + " MB: 40 copies of a 1.6 MB family are 90 MB when each path is a face of its own");
    }
}

package org.briefkit.theme;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Font sources: resources, files read afresh, bytes; each read through a size limit. */
class FontFileTest {
    private static final String SERIF = "liberation/LiberationSerif-Regular.ttf";

    /** Bytes this thread has allocated so far: a work count, the same on a busy or an idle machine. */
    private static long allocated() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }

    @Test
    void aFontGivenAsBytesIsEqualByContentAndNeverPrintsItsBytes() {
        byte[] bytes = FontFile.classpath(SERIF).readAllBytes();
        FontFile a = FontFile.of("Brand-Regular.ttf", bytes);
        FontFile b = FontFile.read("Brand-Regular.ttf", new ByteArrayInputStream(bytes));
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertTrue(a.isBytes());
        assertEquals("Brand-Regular.ttf", a.name());
        bytes[100] ^= 1; // the font keeps its own copy
        assertArrayEquals(b.readAllBytes(), a.readAllBytes());
        assertNotEquals(a, FontFile.of("Brand-Regular.ttf", bytes));
        assertNotEquals(a, FontFile.classpath(SERIF));
        assertEquals("FontFile[Brand-Regular.ttf, " + b.readAllBytes().length + " bytes]", a.toString());
    }

    @Test
    void classpathAndFileSourcesKeepTheirLocations(@TempDir Path dir) throws Exception {
        FontFile resource = FontFile.classpath("/" + SERIF);
        assertTrue(resource.isResource());
        assertEquals("classpath:" + SERIF, resource.location());
        assertEquals(resource, FontFile.at("classpath:" + SERIF));
        Path file = dir.resolve("Body.ttf");
        Files.write(file, resource.readAllBytes());
        FontFile onDisk = FontFile.file(file);
        assertEquals(file.toAbsolutePath().toString(), onDisk.path());
        assertEquals("Body.ttf", onDisk.name());
        assertEquals(onDisk, FontFile.file("fonts/Body.ttf", file));
        assertFalse(onDisk.isResource() || onDisk.isBytes());
    }

    @Test
    void aFileReplacedAtItsPathIsReadAgain(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("Body.ttf");
        FontFile font = FontFile.file(file);
        Files.write(file, new byte[] {1, 2, 3});
        assertArrayEquals(new byte[] {1, 2, 3}, font.readAllBytes());
        Files.write(file, new byte[] {4, 5, 6});
        assertArrayEquals(new byte[] {4, 5, 6}, font.readAllBytes());
    }

    @Test
    void aFontFileLargerThanTheLimitIsRefusedByItsThemeNameBeforeItIsRead(@TempDir Path dir) throws Exception {
        Path huge = dir.resolve("Huge.ttf");
        try (RandomAccessFile raf = new RandomAccessFile(huge.toFile(), "rw")) {
            raf.setLength(1L << 30); // sparse: a gigabyte that takes no disk
        }
        FontFile font = FontFile.file("fonts/Huge.ttf", huge);
        long before = allocated();
        ThemeException e = assertThrows(ThemeException.class, font::readAllBytes);
        assertTrue(allocated() - before < 4 << 20, "read no more than a few buffers of it");
        assertEquals("theme.font: 'fonts/Huge.ttf' is 1073741824 bytes, larger than the limit of 67108864 bytes for"
                + " a font file (set by the system property briefkit.fonts.maxFileBytes)", e.getMessage());
        assertFalse(e.getMessage().contains(dir.toString()), "no server folder in the message");
    }

    @Test
    void aStreamLongerThanTheLimitIsReadOnlyToTheLimit() {
        long[] served = {0};
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                served[0]++;
                return 0;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                served[0] += len;
                return len;
            }
        };
        String before = System.getProperty(FontFile.MAX_BYTES_PROPERTY);
        System.setProperty(FontFile.MAX_BYTES_PROPERTY, "100000");
        try {
            assertEquals(100_000, FontFile.maxBytes());
            ThemeException e = assertThrows(ThemeException.class, () -> FontFile.read("upload.ttf", endless));
            assertTrue(e.getMessage().contains("'upload.ttf' is more than 100000 bytes"), e.getMessage());
            assertEquals(100_001, served[0], "one byte past the limit, never the rest");
            assertThrows(ThemeException.class, () -> FontFile.of("big.ttf", new byte[100_001]));
        } finally {
            if (before == null) {
                System.clearProperty(FontFile.MAX_BYTES_PROPERTY);
            } else {
                System.setProperty(FontFile.MAX_BYTES_PROPERTY, before);
            }
        }
        assertEquals(FontFile.DEFAULT_MAX_BYTES, FontFile.maxBytes());
    }

    @Test
    void aMissingFileIsNamedWithoutItsFolders(@TempDir Path dir) {
        FontFile font = FontFile.file("fonts/Gone.ttf", dir.resolve("Gone.ttf"));
        ThemeException e = assertThrows(ThemeException.class, font::readAllBytes);
        assertEquals("theme.font: 'fonts/Gone.ttf' does not exist", e.getMessage());
    }

    @Test
    void aMissingNameOrEmptyBytesAreRefused() {
        assertThrows(ThemeException.class, () -> FontFile.of(" ", new byte[] {1}));
        assertThrows(ThemeException.class, () -> FontFile.of("a.ttf", new byte[0]));
        assertThrows(ThemeException.class, () -> FontFile.at(""));
        assertThrows(ThemeException.class, () -> FontFile.classpath(""));
    }
}

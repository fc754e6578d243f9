package org.briefkit.docx.internal.packaging;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.TimeZone;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class ZipNormalizerTest {
    private static byte[] zip(String... names) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String name : names) {
                ZipEntry e = new ZipEntry(name);
                e.setTime(System.currentTimeMillis() - name.length() * 1000L);
                zip.putNextEntry(e);
                zip.write(name.getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static byte[] normalize(byte[] zip, LocalDateTime time) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ZipNormalizer.normalize(zip, time, out);
        return out.toByteArray();
    }

    @Test
    void entriesComeInAFixedOrderWithOneTime() throws Exception {
        LocalDateTime time = LocalDateTime.of(2026, 4, 2, 0, 0);
        byte[] normalized = normalize(zip("word/styles.xml", "word/media/image1.png", "_rels/.rels",
                "word/document.xml", "[Content_Types].xml", "docProps/core.xml"), time);
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(normalized))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
                assertEquals(time, e.getTimeLocal());
                assertNull(e.getExtra(), "no extra fields");
                assertEquals(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        assertEquals(List.of("[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "word/document.xml",
                "word/styles.xml", "word/media/image1.png"), names);
    }

    @Test
    void theSameContentGivesTheSameBytesWhateverTheZoneOrOrder() throws Exception {
        LocalDateTime time = ZipNormalizer.entryTime(LocalDate.of(2026, 4, 2));
        byte[] first = normalize(zip("b.xml", "a.xml", "[Content_Types].xml"), time);
        TimeZone zone = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Asia/Seoul"));
            byte[] second = normalize(zip("[Content_Types].xml", "a.xml", "b.xml"), time);
            assertArrayEquals(first, second);
        } finally {
            TimeZone.setDefault(zone);
        }
    }

    private static byte[] zipAtLevel(int level, String name, byte[] content) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(level);
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content);
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    @Test
    void copiesTheCompressedDataAsItIsAndTheCentralDirectoryReadsBack() throws Exception {
        byte[] content = "<w:p><w:r><w:t>text</w:t></w:r></w:p>".repeat(2000).getBytes(StandardCharsets.UTF_8);
        LocalDateTime time = LocalDateTime.of(2026, 4, 2, 0, 0);
        byte[] fast = normalize(zipAtLevel(java.util.zip.Deflater.BEST_SPEED, "word/document.xml", content), time);
        byte[] best = normalize(zipAtLevel(java.util.zip.Deflater.BEST_COMPRESSION, "word/document.xml", content),
                time);
        assertTrue(fast.length != best.length, "each keeps the compression it came with: nothing is deflated again");
        java.nio.file.Path file = java.nio.file.Files.createTempFile("normalized", ".zip");
        try {
            java.nio.file.Files.write(file, best);
            try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
                ZipEntry e = zip.getEntry("word/document.xml");
                assertEquals(time, e.getTimeLocal());
                assertNull(e.getExtra());
                assertArrayEquals(content, zip.getInputStream(e).readAllBytes());
            }
        } finally {
            java.nio.file.Files.delete(file);
        }
    }

    @Test
    void entryTimesComeFromTheDateOrTheDosEpoch() {
        assertEquals(LocalDateTime.of(2026, 4, 2, 0, 0), ZipNormalizer.entryTime(LocalDate.of(2026, 4, 2)));
        assertEquals(LocalDateTime.of(1980, 1, 1, 0, 0), ZipNormalizer.entryTime(null));
        assertEquals(LocalDateTime.of(1980, 1, 1, 0, 0), ZipNormalizer.entryTime(LocalDate.of(1969, 7, 20)));
    }
}

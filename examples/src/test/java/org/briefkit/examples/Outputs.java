package org.briefkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Reads back what the examples and the command line wrote, with parsers of their own (PDFBox, POI). */
public final class Outputs {
    /** One manifest entry, as the JSON has it. */
    public record Entry(String name, String kind, String format, long size, String sha256) {
    }

    private static final Pattern ENTRY = Pattern.compile("\\{\"name\": \"([^\"]+)\", \"title\": \"(?:[^\"\\\\]|\\\\.)*\", "
            + "\"kind\": \"([^\"]+)\", \"format\": \"([^\"]+)\", \"size\": (\\d+), \"sha256\": \"([0-9a-f]{64})\"");

    private Outputs() {
    }

    /** @param pdf a PDF; @return its page count, opening it with PDFBox */
    public static int pages(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return doc.getNumberOfPages();
        }
    }

    /** @param pdf a PDF's bytes; @return its page count, opening it with PDFBox */
    public static int pages(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        }
    }

    /** @param pdf a PDF; @return its text, as PDFBox extracts it, with line ends as spaces */
    public static String pdfText(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    /** @param pdf a PDF; @return the base names of its fonts, subset prefixes removed */
    public static List<String> fontNames(Path pdf) throws IOException {
        List<String> names = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            for (PDPage page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    String base = font.getName().replaceFirst("^[A-Z]{6}\\+", "");
                    if (!names.contains(base)) {
                        names.add(base);
                    }
                }
            }
        }
        return names;
    }

    /** @param pdf a PDF; @return the first page's width and height in points */
    public static float[] pageSize(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            var box = doc.getPage(0).getMediaBox();
            return new float[] {box.getWidth(), box.getHeight()};
        }
    }

    /** @param docx a Word document; @return its text, reopened with POI, with line ends as spaces */
    public static String docxText(Path docx) throws IOException {
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in);
                XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            return text.getText().replaceAll("\\s+", " ");
        }
    }

    /** @param bytes any bytes; @return their SHA-256 in lower-case hex */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    /** @param json a kit's manifest.json; @return its file entries, in order */
    public static List<Entry> manifest(String json) {
        List<Entry> entries = new ArrayList<>();
        Matcher m = ENTRY.matcher(json);
        while (m.find()) {
            entries.add(new Entry(m.group(1), m.group(2), m.group(3), Long.parseLong(m.group(4)), m.group(5)));
        }
        return entries;
    }

    /** @param zip a zip file; @return each entry's name and bytes, in order */
    public static Map<String, byte[]> unzip(Path zip) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                files.put(e.getName(), in.readAllBytes());
            }
        }
        return files;
    }

    /** @param folder a kit's folder; @return each file's name and bytes, sorted by name */
    public static Map<String, byte[]> read(Path folder) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (Stream<Path> list = Files.list(folder)) {
            for (Path p : list.sorted().toList()) {
                files.put(p.getFileName().toString(), Files.readAllBytes(p));
            }
        }
        return files;
    }

    /**
     * Checks a kit's files against its manifest: every file listed, with its size and SHA-256,
     * and nothing else in the kit.
     *
     * @param files the kit's files, manifest.json among them
     * @return the manifest's entries
     */
    public static List<Entry> assertManifestMatches(Map<String, byte[]> files) {
        assertTrue(files.containsKey("manifest.json"), () -> "no manifest.json in " + files.keySet());
        List<Entry> entries = manifest(new String(files.get("manifest.json"), StandardCharsets.UTF_8));
        assertEquals(files.size() - 1, entries.size(), () -> "manifest lists " + entries + " for " + files.keySet());
        for (Entry entry : entries) {
            byte[] bytes = files.get(entry.name());
            assertTrue(bytes != null, () -> entry.name() + " is in the manifest but not in the kit");
            assertEquals(sha256(bytes), entry.sha256(), entry.name());
            assertEquals(bytes.length, entry.size(), entry.name());
        }
        return entries;
    }
}

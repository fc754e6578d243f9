package org.briefkit.docx.internal.packaging;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.briefkit.RenderException;

/**
 * Makes a package byte-for-byte reproducible: rewrites POI's zip with its entries in a fixed
 * order, each stamped with the same fixed time and no extra fields.
 *
 * <p>Why not POI's {@code Reproducibility.runWithSourceDateEpoch}: that flag is a process-wide
 * global, so two renders on two threads would race on it. Rewriting the zip here touches no
 * shared state, so renders on any number of threads are independent; it costs one extra pass
 * over a few hundred kilobytes.
 */
public final class ZipNormalizer {
    /** The parts a reader looks for first, in the order Word itself writes them. */
    private static final List<String> FIRST = List.of("[Content_Types].xml", "_rels/.rels", "docProps/core.xml",
            "docProps/app.xml", "docProps/custom.xml", "word/document.xml", "word/_rels/document.xml.rels",
            "word/styles.xml", "word/numbering.xml", "word/settings.xml", "word/fontTable.xml");
    private static final LocalDateTime DOS_EPOCH = LocalDateTime.of(1980, 1, 1, 0, 0);

    private ZipNormalizer() {
    }

    /**
     * @param date the document's date, or null; entries carry it at midnight (the DOS epoch,
     *             1980-01-01, when there is none or it is outside the zip format's 1980-2107 range)
     * @return the time stamped on every entry
     */
    public static LocalDateTime entryTime(LocalDate date) {
        if (date == null || date.getYear() < 1980 || date.getYear() > 2107) {
            return DOS_EPOCH;
        }
        return date.atStartOfDay();
    }

    /**
     * @param zip  a package as POI wrote it
     * @param time the time for every entry
     * @param out  where the normalized package goes; not closed
     * @throws IOException when {@code out} fails
     */
    public static void normalize(byte[] zip, LocalDateTime time, OutputStream out) throws IOException {
        Map<String, byte[]> entries = read(zip);
        List<String> names = new ArrayList<>(entries.keySet());
        names.sort(Comparator.comparingInt(ZipNormalizer::rank).thenComparing(Comparator.naturalOrder()));
        ZipOutputStream zos = new ZipOutputStream(new NonClosing(out));
        zos.setLevel(java.util.zip.Deflater.DEFAULT_COMPRESSION);
        for (String name : names) {
            ZipEntry entry = new ZipEntry(name);
            entry.setTimeLocal(time);
            zos.putNextEntry(entry);
            zos.write(entries.get(name));
            zos.closeEntry();
        }
        zos.finish();
        zos.close();
    }

    private static int rank(String name) {
        int i = FIRST.indexOf(name);
        return i < 0 ? FIRST.size() : i;
    }

    private static Map<String, byte[]> read(byte[] zip) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (!e.isDirectory()) {
                    entries.put(e.getName(), in.readAllBytes());
                }
            }
        } catch (IOException e) {
            throw new RenderException("docx: cannot reread the package POI wrote: " + e.getMessage(), e);
        }
        return entries;
    }

    /** Lets the zip stream finish without closing the caller's stream. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}

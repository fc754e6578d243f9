package org.briefkit.docx.internal.packaging;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
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
 * shared state, so renders on any number of threads are independent.
 *
 * <p>The entries' data is copied as POI compressed it, never inflated and deflated again: the
 * central directory of POI's zip gives each entry's method, CRC, sizes and offset, and a small
 * writer lays the same data out again with new headers. Deflating is the costliest step of
 * writing a package (a 150-page document holds a megabyte of XML), and doing it twice was a
 * fifth of a render. A package this reader does not expect (a zip64 one, say) is rewritten the
 * old way, inflated and deflated again.
 */
public final class ZipNormalizer {
    /** The parts a reader looks for first, in the order Word itself writes them. */
    private static final List<String> FIRST = List.of("[Content_Types].xml", "_rels/.rels", "docProps/core.xml",
            "docProps/app.xml", "docProps/custom.xml", "word/document.xml", "word/_rels/document.xml.rels",
            "word/styles.xml", "word/numbering.xml", "word/settings.xml", "word/fontTable.xml");
    private static final LocalDateTime DOS_EPOCH = LocalDateTime.of(1980, 1, 1, 0, 0);

    private static final int LOCAL_HEADER = 0x04034b50;
    private static final int CENTRAL_HEADER = 0x02014b50;
    private static final int END_OF_CENTRAL_DIRECTORY = 0x06054b50;
    /** General purpose flag bit 11: the name is UTF-8. */
    private static final int UTF8_NAME = 0x0800;

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
        List<Raw> entries = central(zip);
        if (entries == null) {
            recompress(zip, time, out);
            return;
        }
        entries.sort(Comparator.comparing((Raw r) -> rank(r.name)).thenComparing(r -> r.name));
        int dosTime = (time.getHour() << 11) | (time.getMinute() << 5) | (time.getSecond() / 2);
        int dosDate = ((time.getYear() - 1980) << 9) | (time.getMonthValue() << 5) | time.getDayOfMonth();
        ByteArrayOutputStream central = new ByteArrayOutputStream(64 * entries.size());
        long offset = 0;
        for (Raw e : entries) {
            byte[] name = e.name.getBytes(StandardCharsets.UTF_8);
            int flags = isAscii(e.name) ? 0 : UTF8_NAME;
            ByteArrayOutputStream local = new ByteArrayOutputStream(30 + name.length);
            int32(local, LOCAL_HEADER);
            header(local, flags, e, dosTime, dosDate, name.length);
            local.write(name);
            local.writeTo(out);
            out.write(zip, e.dataStart, (int) e.compressedSize);
            int32(central, CENTRAL_HEADER);
            int16(central, 20); // version made by: 2.0, MS-DOS
            header(central, flags, e, dosTime, dosDate, name.length);
            int16(central, 0); // comment length
            int16(central, 0); // disk number
            int16(central, 0); // internal attributes
            int32(central, 0); // external attributes
            int32(central, (int) offset);
            central.write(name);
            offset += local.size() + e.compressedSize;
            if (offset > 0xFFFFFFFFL) {
                throw new RenderException("docx: the package is larger than 4 GB");
            }
        }
        ByteArrayOutputStream end = new ByteArrayOutputStream(22);
        int32(end, END_OF_CENTRAL_DIRECTORY);
        int16(end, 0);
        int16(end, 0);
        int16(end, entries.size());
        int16(end, entries.size());
        int32(end, central.size());
        int32(end, (int) offset);
        int16(end, 0);
        central.writeTo(out);
        end.writeTo(out);
        out.flush();
    }

    /** The fields a local and a central header share, from "version needed" to "extra length". */
    private static void header(ByteArrayOutputStream out, int flags, Raw e, int dosTime, int dosDate,
            int nameLength) {
        int16(out, e.method == ZipEntry.STORED ? 10 : 20); // version needed
        int16(out, flags);
        int16(out, e.method);
        int16(out, dosTime);
        int16(out, dosDate);
        int32(out, (int) e.crc);
        int32(out, (int) e.compressedSize);
        int32(out, (int) e.size);
        int16(out, nameLength);
        int16(out, 0); // no extra fields
    }

    /** An entry of POI's zip: its name, how its data is stored, and where the data starts. */
    private record Raw(String name, int method, long crc, long compressedSize, long size, int dataStart) {
    }

    /**
     * @return the entries the central directory lists, with where each one's data starts; null
     *         when the zip is not the plain kind this reads (zip64, encrypted, a method other
     *         than stored or deflated, inconsistent offsets)
     */
    private static List<Raw> central(byte[] zip) {
        int eocd = -1;
        for (int i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xFFFF); i--) {
            if (u32(zip, i) == END_OF_CENTRAL_DIRECTORY) {
                eocd = i;
                break;
            }
        }
        if (eocd < 0) {
            return null;
        }
        int count = u16(zip, eocd + 10);
        long size = u32(zip, eocd + 12);
        long start = u32(zip, eocd + 16);
        if (count == 0xFFFF || size == 0xFFFFFFFFL || start == 0xFFFFFFFFL || start + size > eocd) {
            return null;
        }
        List<Raw> entries = new ArrayList<>(count);
        int at = (int) start;
        for (int k = 0; k < count; k++) {
            if (at + 46 > zip.length || u32(zip, at) != CENTRAL_HEADER) {
                return null;
            }
            int flags = u16(zip, at + 8);
            int method = u16(zip, at + 10);
            long crc = u32(zip, at + 16);
            long compressed = u32(zip, at + 20);
            long uncompressed = u32(zip, at + 24);
            int nameLength = u16(zip, at + 28);
            int extraLength = u16(zip, at + 30);
            int commentLength = u16(zip, at + 32);
            long localOffset = u32(zip, at + 42);
            if ((flags & 1) != 0 || (method != ZipEntry.STORED && method != ZipEntry.DEFLATED)
                    || compressed == 0xFFFFFFFFL || uncompressed == 0xFFFFFFFFL || localOffset == 0xFFFFFFFFL
                    || at + 46 + nameLength > zip.length) {
                return null;
            }
            String name = new String(zip, at + 46, nameLength, StandardCharsets.UTF_8);
            int local = (int) localOffset;
            if (local + 30 > zip.length || u32(zip, local) != LOCAL_HEADER) {
                return null;
            }
            int dataStart = local + 30 + u16(zip, local + 26) + u16(zip, local + 28);
            if (dataStart + compressed > zip.length) {
                return null;
            }
            if (!name.endsWith("/")) {
                entries.add(new Raw(name, method, crc, compressed, uncompressed, dataStart));
            }
            at += 46 + nameLength + extraLength + commentLength;
        }
        return entries;
    }

    /** The old way, for a zip {@link #central} does not read: every entry inflated and deflated again. */
    private static void recompress(byte[] zip, LocalDateTime time, OutputStream out) throws IOException {
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

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static int u16(byte[] b, int at) {
        return (b[at] & 0xFF) | ((b[at + 1] & 0xFF) << 8);
    }

    private static long u32(byte[] b, int at) {
        return ((long) u16(b, at)) | ((long) u16(b, at + 2) << 16);
    }

    private static void int16(ByteArrayOutputStream out, int v) {
        out.write(v & 0xFF);
        out.write((v >>> 8) & 0xFF);
    }

    private static void int32(ByteArrayOutputStream out, int v) {
        int16(out, v & 0xFFFF);
        int16(out, (v >>> 16) & 0xFFFF);
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

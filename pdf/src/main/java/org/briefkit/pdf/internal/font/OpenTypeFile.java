package org.briefkit.pdf.internal.font;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the few OpenType tables Briefkit needs without loading a whole font: the table
 * directory (of a single font or of each font in a collection), family and style names
 * ({@code name}, {@code OS/2}, {@code head}), character coverage ({@code cmap} formats 4 and
 * 12), glyph advances ({@code hmtx}) and whether {@code GSUB} offers a feature such as
 * {@code liga}. OpenPDF parses the rest when a font is embedded.
 */
final class OpenTypeFile {
    private static final int TTC = 0x74746366; // 'ttcf'

    private final Source source;
    private final Map<String, long[]> tables; // tag -> {offset, length}

    private OpenTypeFile(Source source, Map<String, long[]> tables) {
        this.source = source;
        this.tables = tables;
    }

    /** Where bytes come from: a file read in pieces, or a font already in memory. */
    interface Source extends AutoCloseable {
        byte[] read(long offset, int length) throws IOException;

        long length() throws IOException;

        @Override
        void close() throws IOException;
    }

    /** @return a source over bytes in memory */
    static Source of(byte[] bytes) {
        return new Source() {
            @Override
            public byte[] read(long offset, int length) throws IOException {
                if (offset < 0 || length < 0 || offset + length > bytes.length) {
                    throw new IOException("font table out of range");
                }
                byte[] out = new byte[length];
                System.arraycopy(bytes, (int) offset, out, 0, length);
                return out;
            }

            @Override
            public long length() {
                return bytes.length;
            }

            @Override
            public void close() {
            }
        };
    }

    /** @return a source over a file, read piece by piece */
    static Source of(Path file) throws IOException {
        RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r");
        return new Source() {
            @Override
            public byte[] read(long offset, int length) throws IOException {
                if (offset < 0 || length < 0 || offset + length > raf.length()) {
                    throw new IOException("font table out of range in " + file);
                }
                byte[] out = new byte[length];
                raf.seek(offset);
                raf.readFully(out);
                return out;
            }

            @Override
            public long length() throws IOException {
                return raf.length();
            }

            @Override
            public void close() throws IOException {
                raf.close();
            }
        };
    }

    /** @return how many fonts the source holds: 1, or the count of a TrueType collection */
    static int faceCount(Source source) throws IOException {
        byte[] head = source.read(0, 12);
        return u32(head, 0) == TTC ? Math.max(0, u32(head, 8)) : 1;
    }

    /**
     * @param source the file
     * @param index  which font of a collection; 0 for a single font
     * @return the font's table directory
     */
    static OpenTypeFile open(Source source, int index) throws IOException {
        long offset = 0;
        byte[] head = source.read(0, 12);
        if (u32(head, 0) == TTC) {
            int count = u32(head, 8);
            if (index < 0 || index >= count) {
                throw new IOException("no font " + index + " in a collection of " + count);
            }
            offset = u32(source.read(12 + 4L * index, 4), 0) & 0xFFFFFFFFL;
        }
        byte[] dir = source.read(offset, 12);
        int numTables = u16(dir, 4);
        if (numTables <= 0 || numTables > 200) {
            throw new IOException("not an OpenType font (" + numTables + " tables)");
        }
        byte[] records = source.read(offset + 12, numTables * 16);
        Map<String, long[]> tables = new HashMap<>();
        for (int i = 0; i < numTables; i++) {
            String tag = new String(records, i * 16, 4, StandardCharsets.ISO_8859_1);
            long at = u32(records, i * 16 + 8) & 0xFFFFFFFFL;
            long length = u32(records, i * 16 + 12) & 0xFFFFFFFFL;
            tables.put(tag, new long[] {at, length});
        }
        return new OpenTypeFile(source, tables);
    }

    boolean has(String tag) {
        return tables.containsKey(tag);
    }

    private byte[] table(String tag) throws IOException {
        long[] at = tables.get(tag);
        if (at == null) {
            return null;
        }
        if (at[1] > 64L << 20) {
            throw new IOException("table " + tag + " is implausibly large");
        }
        return source.read(at[0], (int) at[1]);
    }

    /** What the font calls itself, and its style. */
    record Names(Set<String> families, String fullName, String postScriptName, int weight, boolean italic) {
    }

    /** @return the family names in every language the font gives, its full and PostScript names, weight and slant */
    Names names() throws IOException {
        byte[] name = table("name");
        Set<String> families = new LinkedHashSet<>();
        String full = "";
        String ps = "";
        if (name != null) {
            int count = u16(name, 2);
            int strings = u16(name, 4);
            for (int i = 0; i < count; i++) {
                int r = 6 + i * 12;
                if (r + 12 > name.length) {
                    break;
                }
                int platform = u16(name, r);
                int encoding = u16(name, r + 2);
                int id = u16(name, r + 6);
                int length = u16(name, r + 8);
                int at = strings + u16(name, r + 10);
                if (at + length > name.length || (id != 1 && id != 4 && id != 6 && id != 16)) {
                    continue;
                }
                String value;
                if (platform == 3 || platform == 0) {
                    value = new String(name, at, length, StandardCharsets.UTF_16BE);
                } else if (platform == 1 && encoding == 0) {
                    value = new String(name, at, length, StandardCharsets.ISO_8859_1);
                } else {
                    continue;
                }
                value = value.strip();
                if (value.isEmpty()) {
                    continue;
                }
                switch (id) {
                    case 1, 16 -> families.add(value);
                    case 4 -> full = full.isEmpty() ? value : full;
                    default -> ps = ps.isEmpty() ? value : ps;
                }
            }
        }
        int weight = 400;
        boolean italic = false;
        byte[] os2 = table("OS/2");
        if (os2 != null && os2.length >= 64) {
            weight = u16(os2, 4);
            italic = (u16(os2, 62) & 1) != 0;
        } else {
            byte[] head = table("head");
            if (head != null && head.length >= 46) {
                int mac = u16(head, 44);
                weight = (mac & 1) != 0 ? 700 : 400;
                italic = (mac & 2) != 0;
            }
        }
        if (!italic) {
            String lower = full.toLowerCase(Locale.ROOT);
            italic = lower.contains("italic") || lower.contains("oblique");
        }
        return new Names(families, full, ps, weight, italic);
    }

    /** @return whether the outlines are TrueType ({@code glyf}), which OpenPDF subsets reliably */
    boolean hasTrueTypeOutlines() {
        return has("glyf") && has("loca");
    }

    /**
     * A character-to-glyph map read from the font's best Unicode cmap subtable: format 12 (full
     * Unicode) when there is one, else format 4 (the BMP), as OpenPDF chooses, so both map a
     * character to the same glyph.
     */
    static final class CharMap {
        static final CharMap EMPTY = new CharMap(new byte[0], 0, new int[0], new int[0], new int[0], new int[0]);

        private final byte[] table;
        private final int format;
        private final int[] starts;
        private final int[] ends;
        private final int[] values; // format 12: start glyph; format 4: idDelta
        private final int[] offsets; // format 4: byte offset of the glyph id array for the segment, or -1

        private CharMap(byte[] table, int format, int[] starts, int[] ends, int[] values, int[] offsets) {
            this.table = table;
            this.format = format;
            this.starts = starts;
            this.ends = ends;
            this.values = values;
            this.offsets = offsets;
        }

        /** @return the glyph for a character, or 0 (.notdef) when the font has none */
        int glyph(int c) {
            int lo = 0;
            int hi = starts.length - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                if (c < starts[mid]) {
                    hi = mid - 1;
                } else if (c > ends[mid]) {
                    lo = mid + 1;
                } else {
                    return glyphIn(mid, c);
                }
            }
            return 0;
        }

        private int glyphIn(int segment, int c) {
            if (format == 12) {
                return values[segment] + (c - starts[segment]);
            }
            if (offsets[segment] < 0) {
                return (c + values[segment]) & 0xFFFF;
            }
            int at = offsets[segment] + 2 * (c - starts[segment]);
            if (at + 1 >= table.length) {
                return 0;
            }
            int g = u16(table, at);
            return g == 0 ? 0 : (g + values[segment]) & 0xFFFF;
        }

        /** @return the characters mapped to a glyph other than .notdef, as sorted ranges {start0, end0, ...} */
        int[] coverage() {
            List<int[]> ranges = new ArrayList<>();
            for (int s = 0; s < starts.length; s++) {
                if (format == 12 || offsets[s] < 0) {
                    addRange(ranges, starts[s], ends[s]);
                    continue;
                }
                int runStart = -1;
                for (int c = starts[s]; c <= ends[s]; c++) {
                    boolean mapped = glyphIn(s, c) != 0;
                    if (mapped && runStart < 0) {
                        runStart = c;
                    } else if (!mapped && runStart >= 0) {
                        addRange(ranges, runStart, c - 1);
                        runStart = -1;
                    }
                }
                if (runStart >= 0) {
                    addRange(ranges, runStart, ends[s]);
                }
            }
            ranges.sort((a, b) -> Integer.compare(a[0], b[0]));
            List<int[]> merged = new ArrayList<>();
            for (int[] r : ranges) {
                int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
                if (last != null && r[0] <= last[1] + 1) {
                    last[1] = Math.max(last[1], r[1]);
                } else {
                    merged.add(new int[] {r[0], r[1]});
                }
            }
            int[] out = new int[merged.size() * 2];
            for (int i = 0; i < merged.size(); i++) {
                out[2 * i] = merged.get(i)[0];
                out[2 * i + 1] = merged.get(i)[1];
            }
            return out;
        }
    }

    /** @return the font's character-to-glyph map */
    CharMap charMap() throws IOException {
        byte[] cmap = table("cmap");
        if (cmap == null || cmap.length < 4) {
            return CharMap.EMPTY;
        }
        int count = u16(cmap, 2);
        int best = -1;
        int bestRank = 0;
        for (int i = 0; i < count; i++) {
            int r = 4 + i * 8;
            if (r + 8 > cmap.length) {
                break;
            }
            int platform = u16(cmap, r);
            int encoding = u16(cmap, r + 2);
            int offset = u32(cmap, r + 4);
            if (offset < 0 || offset + 2 > cmap.length) {
                continue;
            }
            int format = u16(cmap, offset);
            int rank = 0;
            if (format == 12 && (platform == 3 && encoding == 10 || platform == 0)) {
                rank = 3;
            } else if (format == 4 && (platform == 3 && encoding == 1 || platform == 0)) {
                rank = 2;
            }
            if (rank > bestRank) {
                bestRank = rank;
                best = offset;
            }
        }
        if (best < 0) {
            return CharMap.EMPTY;
        }
        int format = u16(cmap, best);
        if (format == 4) {
            int segX2 = u16(cmap, best + 6);
            int segments = segX2 / 2;
            int ends = best + 14;
            int startsAt = ends + segX2 + 2;
            int deltas = startsAt + segX2;
            int rangeOffsets = deltas + segX2;
            List<int[]> segs = new ArrayList<>();
            for (int s = 0; s < segments; s++) {
                if (rangeOffsets + 2 * s + 2 > cmap.length) {
                    break;
                }
                int end = u16(cmap, ends + 2 * s);
                int start = u16(cmap, startsAt + 2 * s);
                if (start == 0xFFFF || end < start) {
                    continue;
                }
                int delta = u16(cmap, deltas + 2 * s);
                int ro = u16(cmap, rangeOffsets + 2 * s);
                segs.add(new int[] {start, end, delta, ro == 0 ? -1 : rangeOffsets + 2 * s + ro});
            }
            segs.sort((a, b) -> Integer.compare(a[0], b[0]));
            return new CharMap(cmap, 4, column(segs, 0), column(segs, 1), column(segs, 2), column(segs, 3));
        }
        int groups = u32(cmap, best + 12);
        List<int[]> segs = new ArrayList<>();
        for (int g = 0; g < groups; g++) {
            int r = best + 16 + g * 12;
            if (r + 12 > cmap.length) {
                break;
            }
            segs.add(new int[] {u32(cmap, r), u32(cmap, r + 4), u32(cmap, r + 8), -1});
        }
        segs.sort((a, b) -> Integer.compare(a[0], b[0]));
        return new CharMap(cmap, 12, column(segs, 0), column(segs, 1), column(segs, 2), column(segs, 3));
    }

    private static int[] column(List<int[]> rows, int c) {
        int[] out = new int[rows.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = rows.get(i)[c];
        }
        return out;
    }

    private static void addRange(List<int[]> ranges, int start, int end) {
        if (end >= start) {
            ranges.add(new int[] {start, end});
        }
    }

    /** @return whether sorted ranges from {@link CharMap#coverage()} hold a code point */
    static boolean covers(int[] ranges, int codePoint) {
        int lo = 0;
        int hi = ranges.length / 2 - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (codePoint < ranges[2 * mid]) {
                hi = mid - 1;
            } else if (codePoint > ranges[2 * mid + 1]) {
                lo = mid + 1;
            } else {
                return true;
            }
        }
        return false;
    }

    /**
     * @return every glyph's advance in thousandths of an em, rounded as OpenPDF rounds them for
     *         the PDF's widths array, so that what Briefkit measures is what a viewer draws
     */
    int[] advances() throws IOException {
        byte[] head = table("head");
        byte[] hhea = table("hhea");
        byte[] maxp = table("maxp");
        byte[] hmtx = table("hmtx");
        if (head == null || hhea == null || maxp == null || hmtx == null) {
            return new int[0];
        }
        int unitsPerEm = u16(head, 18);
        int numberOfHMetrics = u16(hhea, 34);
        int glyphs = u16(maxp, 4);
        int[] out = new int[Math.max(glyphs, numberOfHMetrics)];
        int last = 0;
        for (int g = 0; g < out.length; g++) {
            if (g < numberOfHMetrics && 4 * g + 2 <= hmtx.length) {
                last = u16(hmtx, 4 * g);
            }
            out[g] = last * 1000 / unitsPerEm;
        }
        return out;
    }

    /**
     * The pairs of the {@code kern} table, read as OpenPDF's {@code TrueTypeFont.readKerning}
     * reads them (horizontal format 0 subtables, values scaled to thousandths of an em with
     * integer division, a later pair replacing an earlier one), so that a pair kerns the same
     * whether Briefkit or OpenPDF looks it up.
     *
     * @return the pairs; {@link KernTable#EMPTY} when the font has no {@code kern} table
     */
    KernTable kernTable() throws IOException {
        byte[] kern = table("kern");
        byte[] head = table("head");
        if (kern == null || head == null || head.length < 20 || kern.length < 4) {
            return KernTable.EMPTY;
        }
        int unitsPerEm = u16(head, 18);
        if (unitsPerEm == 0) {
            return KernTable.EMPTY;
        }
        int tables = u16(kern, 2);
        int checkpoint = 4;
        int length = 0;
        int[] pairs = new int[64];
        int[] values = new int[64];
        int count = 0;
        for (int k = 0; k < tables; k++) {
            checkpoint += length;
            if (checkpoint + 6 > kern.length) {
                break;
            }
            length = u16(kern, checkpoint + 2);
            int coverage = u16(kern, checkpoint + 4);
            if ((coverage & 0xfff7) != 0x0001 || checkpoint + 8 > kern.length) {
                continue;
            }
            int n = u16(kern, checkpoint + 6);
            int at = checkpoint + 14;
            for (int j = 0; j < n && at + 6 <= kern.length; j++, at += 6) {
                if (count == pairs.length) {
                    pairs = java.util.Arrays.copyOf(pairs, count * 2);
                    values = java.util.Arrays.copyOf(values, count * 2);
                }
                pairs[count] = u32(kern, at);
                values[count] = (short) u16(kern, at + 4) * 1000 / unitsPerEm;
                count++;
            }
        }
        return KernTable.of(pairs, values, count);
    }

    /** @return whether the GSUB or GPOS table (as {@code table} says) lists a feature with this tag */
    boolean hasFeature(String table, String feature) throws IOException {
        byte[] t = table(table);
        if (t == null || t.length < 10) {
            return false;
        }
        int list = u16(t, 6);
        if (list + 2 > t.length) {
            return false;
        }
        int count = u16(t, list);
        for (int i = 0; i < count; i++) {
            int r = list + 2 + i * 6;
            if (r + 4 > t.length) {
                break;
            }
            if (new String(t, r, 4, StandardCharsets.ISO_8859_1).equals(feature)) {
                return true;
            }
        }
        return false;
    }

    private static int u16(byte[] b, int at) {
        return ((b[at] & 0xFF) << 8) | (b[at + 1] & 0xFF);
    }

    private static int u32(byte[] b, int at) {
        return ((b[at] & 0xFF) << 24) | ((b[at + 1] & 0xFF) << 16) | ((b[at + 2] & 0xFF) << 8) | (b[at + 3] & 0xFF);
    }
}

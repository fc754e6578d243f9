package org.briefkit.pdf.internal.font;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Loaded faces by content, bounded in entries and in bytes (the sum of the font files' sizes,
 * which a face holds and then some), evicting the least recently used. A face larger than the
 * byte bound on its own is handed out but not kept. Evicted faces stay valid for the renders
 * that hold them; the next render loads them again. Thread-safe.
 */
final class FontCache {
    private record Entry(FontFace face, long size) {
    }

    private final int maxEntries;
    private final long maxBytes;
    private final LinkedHashMap<FontKey, Entry> entries = new LinkedHashMap<>(16, 0.75f, true);
    private long bytes;

    /** @param maxEntries the most faces kept; @param maxBytes the most bytes of font files kept */
    FontCache(int maxEntries, long maxBytes) {
        if (maxEntries < 1 || maxBytes < 1) {
            throw new IllegalArgumentException("a font cache holds at least one entry and one byte");
        }
        this.maxEntries = maxEntries;
        this.maxBytes = maxBytes;
    }

    /** @return the face of that key, now the most recently used, or null */
    synchronized FontFace get(FontKey key) {
        Entry e = entries.get(key);
        return e == null ? null : e.face();
    }

    /**
     * Keeps a face just loaded, unless another thread kept one for the same key first.
     *
     * @param size the size of its font file, in bytes
     * @return the face to use: the one already kept, or this one
     */
    synchronized FontFace put(FontKey key, FontFace face, long size) {
        Entry kept = entries.get(key);
        if (kept != null) {
            return kept.face();
        }
        if (size > maxBytes) {
            return face;
        }
        entries.put(key, new Entry(face, size));
        bytes += size;
        Iterator<Map.Entry<FontKey, Entry>> eldest = entries.entrySet().iterator();
        while ((entries.size() > maxEntries || bytes > maxBytes) && eldest.hasNext()) {
            bytes -= eldest.next().getValue().size();
            eldest.remove();
        }
        return face;
    }

    /** @return how many faces are kept */
    synchronized int size() {
        return entries.size();
    }

    /** @return the bytes of font files kept */
    synchronized long bytes() {
        return bytes;
    }

    /** @return whether a face of that key is kept, without making it recently used */
    synchronized boolean contains(FontKey key) {
        return entries.containsKey(key);
    }

    /** Forgets every face (for tests that measure from empty). */
    synchronized void clear() {
        entries.clear();
        bytes = 0;
    }
}

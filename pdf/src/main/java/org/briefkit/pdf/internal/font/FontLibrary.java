package org.briefkit.pdf.internal.font;

import com.lowagie.text.pdf.BaseFont;
import java.awt.Font;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.briefkit.BriefkitException;
import org.briefkit.RenderException;
import org.briefkit.theme.FontFile;
import org.briefkit.theme.ThemeException;

/**
 * Loads font files into {@link FontFace}s, keyed by their content: parsing a font is the most
 * expensive step of a small render, and a loaded face is immutable and shared by every render and
 * thread. The same bytes from any number of paths are one face; a file replaced at a path is read
 * again, so its new bytes are embedded, never the old ones.
 *
 * <p>Faces are kept in a {@link FontCache} of at most {@value #DEFAULT_CACHE_ENTRIES} faces and
 * {@value #DEFAULT_CACHE_BYTES} bytes of font files (256 MiB), least recently used first out; the
 * system properties {@value #CACHE_ENTRIES_PROPERTY} and {@value #CACHE_BYTES_PROPERTY}, read
 * once when the class loads, change those bounds.
 *
 * <p>What is read each time: a theme's font file, in full, on every load (a tenant can replace a
 * file without changing its size or time, as an archive that keeps times does); a font given as
 * bytes is hashed from them. What is remembered: a classpath resource's digest (a jar does not
 * change under a running process), and an installed font's digest while its size, modification
 * time and file identity stay the same (installed fonts are the machine's, not a tenant's).
 */
public final class FontLibrary {
    /** The system property that bounds the number of faces kept. */
    public static final String CACHE_ENTRIES_PROPERTY = "briefkit.fonts.cacheEntries";
    /** The system property that bounds the bytes of font files kept. */
    public static final String CACHE_BYTES_PROPERTY = "briefkit.fonts.cacheBytes";
    /** Faces kept by default: the twelve shipped faces and the fonts of a few dozen themes. */
    public static final int DEFAULT_CACHE_ENTRIES = 64;
    /** Bytes of font files kept by default. */
    public static final long DEFAULT_CACHE_BYTES = 256L << 20;

    /**
     * Names the document this thread is about to write, so that the prefixes of the font subsets
     * it writes derive from the document as well as from the font (see {@code SubsetPrefix}).
     *
     * @param document the document's identity, such as the leading bytes of its file ID; 0 for none
     */
    public static void subsetsFor(long document) {
        SubsetPrefix.forDocument(document);
    }

    private static final System.Logger LOG = System.getLogger(FontLibrary.class.getName());
    private static final int MEMO_ENTRIES = 1024;
    private static final FontCache CACHE = new FontCache(
            (int) Math.min(Integer.MAX_VALUE, positive(CACHE_ENTRIES_PROPERTY, DEFAULT_CACHE_ENTRIES)),
            positive(CACHE_BYTES_PROPERTY, DEFAULT_CACHE_BYTES));
    private static final Map<String, FontKey> RESOURCE_KEYS = memo();
    private static final Map<String, Stamped> INSTALLED_KEYS = memo();

    /** An installed font's digest, valid while the file's size, time and identity stay these. */
    private record Stamped(long size, long modified, Object fileKey, FontKey key) {
    }

    private FontLibrary() {
    }

    /**
     * @param file a theme's font file
     * @return its face, from the cache when a face of the same bytes is there
     * @throws ThemeException when the file cannot be read, is too large, or is not a font OpenPDF can embed
     */
    public static FontFace load(FontFile file) {
        if (file.isResource()) {
            FontKey known = RESOURCE_KEYS.get(file.location());
            FontFace face = known == null ? null : CACHE.get(known);
            if (face != null) {
                return face;
            }
        }
        byte[] bytes = file.readAllBytes();
        FontKey key = FontKey.of(bytes, 0);
        if (file.isResource()) {
            RESOURCE_KEYS.put(file.location(), key);
        }
        return load(key, bytes, file.name(), true);
    }

    /**
     * @param file  an installed font file
     * @param index which font of a collection ({@code .ttc}); 0 otherwise
     * @return its face, from the cache when a face of the same bytes is there
     * @throws RenderException when the file cannot be read or is not a font OpenPDF can embed
     */
    public static FontFace load(Path file, int index) {
        String where = file.toAbsolutePath().normalize() + "," + index;
        try {
            BasicFileAttributes now = Files.readAttributes(file, BasicFileAttributes.class);
            Stamped known = INSTALLED_KEYS.get(where);
            if (known != null && known.size() == now.size() && known.modified() == now.lastModifiedTime().toMillis()
                    && Objects.equals(known.fileKey(), now.fileKey())) {
                FontFace face = CACHE.get(known.key());
                if (face != null) {
                    return face;
                }
            }
            long limit = FontFile.maxBytes();
            if (now.size() > limit) {
                throw new RenderException("font '" + file + "' is " + now.size() + " bytes, larger than the limit of "
                        + limit + " bytes for a font file");
            }
            byte[] bytes = FontFile.file(file).readAllBytes(limit);
            FontKey key = FontKey.of(bytes, index);
            INSTALLED_KEYS.put(where, new Stamped(now.size(), now.lastModifiedTime().toMillis(), now.fileKey(), key));
            return load(key, bytes, file.getFileName().toString(), false);
        } catch (IOException e) {
            throw new RenderException("font '" + file + "' cannot be read: " + e.getMessage(), e);
        } catch (ThemeException e) {
            throw new RenderException("installed " + e.getMessage(), e);
        }
    }

    /** @return the faces the cache holds now */
    static int cachedFaces() {
        return CACHE.size();
    }

    /** @return the bytes of font files the cache holds now */
    static long cachedBytes() {
        return CACHE.bytes();
    }

    private static FontFace load(FontKey key, byte[] bytes, String name, boolean theme) {
        FontFace face = CACHE.get(key);
        if (face != null) {
            return face;
        }
        return CACHE.put(key, FaceParser.parse(key, bytes, name, theme), bytes.length);
    }

    /** Turns a font file's bytes into a face; every failure, Errors included, becomes a clear exception. */
    private static final class FaceParser {
        private static final int TTC = 0x74746366; // 'ttcf', the tag a font collection begins with

        static FontFace parse(FontKey key, byte[] bytes, String name, boolean theme) {
            int index = key.index();
            boolean collection = bytes.length >= 4 && ((bytes[0] & 0xFF) << 24 | (bytes[1] & 0xFF) << 16
                    | (bytes[2] & 0xFF) << 8 | bytes[3] & 0xFF) == TTC;
            // OpenPDF picks its parser by the name's ending; the name itself is never written
            String openPdfName = collection ? "font.ttc," + index : "font.ttf";
            try {
                OpenTypeFile otf = OpenTypeFile.open(OpenTypeFile.of(bytes), index);
                OpenTypeFile.Names names = otf.names();
                BaseFont base = BaseFont.createFont(openPdfName, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes,
                        null);
                // the subset tag follows the bytes and the face, so the same font anywhere gives the same PDF
                base.setSecureRandom(new SubsetPrefix(key + "|" + base.getPostscriptFontName()));
                base.setSubset(true);
                int[] advances = otf.advances();
                boolean ligatures = otf.hasFeature("GSUB", "liga");
                boolean gposKerning = !base.hasKernPairs() && otf.hasFeature("GPOS", "kern");
                String readable = names.fullName().isEmpty() ? base.getPostscriptFontName() : names.fullName();
                KernTable kerning = otf.kernTable();
                Shaper.Factory shaper = face -> shaper(face, kerning, bytes, index, collection, ligatures, gposKerning);
                FontFace face = new FontFace(key.toString(), readable, base, otf.charMap(), advances, shaper);
                face.glyphUnicode(GlyphUnicode.install(base));
                return face;
            } catch (BriefkitException e) {
                throw e;
            } catch (IOException | RuntimeException e) {
                throw failure(name, theme, "is not a TrueType or OpenType font that can be embedded ("
                        + e.getClass().getSimpleName() + ")", e);
            } catch (StackOverflowError | OutOfMemoryError e) {
                throw failure(name, theme, "could not be read: parsing it ran out of "
                        + (e instanceof StackOverflowError ? "stack" : "memory") + "; the file is damaged or too"
                        + " complex", e);
            } catch (Error e) {
                throw failure(name, theme, "could not be read (" + e.getClass().getSimpleName() + ")", e);
            }
        }

        private static BriefkitException failure(String name, boolean theme, String problem, Throwable cause) {
            String message = "font '" + name + "' " + problem;
            return theme ? new ThemeException(message, cause) : new RenderException(message, cause);
        }
    }

    private static Shaper shaper(FontFace face, KernTable kerning, byte[] bytes, int index, boolean collection,
            boolean ligatures, boolean gposKerning) {
        PlainShaper plain = PlainShaper.of(face, kerning);
        if (!ligatures && !gposKerning) {
            return plain;
        }
        if (collection && index > 0) {
            return plain; // the JDK reads only the first font of a collection from a stream
        }
        try {
            Font awt = Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(bytes));
            return new LigatureShaper(face, awt, ligatures);
        } catch (IOException | java.awt.FontFormatException | RuntimeException | LinkageError e) {
            LOG.log(System.Logger.Level.WARNING, "font " + face.name() + ": the JDK cannot shape it ("
                    + e + "); drawing it without ligatures and GPOS kerning");
            return plain;
        }
    }

    private static long positive(String property, long fallback) {
        try {
            long value = Long.parseLong(System.getProperty(property, "").strip());
            return value > 0 ? value : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** A small map that forgets its least recently used entries: digests only, never faces. */
    private static <V> Map<String, V> memo() {
        return Collections.synchronizedMap(new LinkedHashMap<String, V>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > MEMO_ENTRIES;
            }
        });
    }
}

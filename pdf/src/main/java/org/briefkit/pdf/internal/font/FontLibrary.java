package org.briefkit.pdf.internal.font;

import com.lowagie.text.pdf.BaseFont;
import java.awt.Font;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.briefkit.RenderException;
import org.briefkit.theme.FontFile;

/**
 * Loads font files into {@link FontFace}s, once per process: parsing a font is the most
 * expensive step of a small render, and a loaded face is immutable and shared by every render
 * and thread. Faces are keyed by where they came from (a classpath resource, or a file and its
 * index in a collection).
 */
public final class FontLibrary {
    private static final System.Logger LOG = System.getLogger(FontLibrary.class.getName());
    private static final Map<String, FontFace> FACES = new ConcurrentHashMap<>();

    private FontLibrary() {
    }

    /**
     * @param file a theme's font file
     * @return its face, loaded on first use
     * @throws org.briefkit.theme.ThemeException when the file cannot be read
     * @throws RenderException                   when it is not a font OpenPDF can embed
     */
    public static FontFace load(FontFile file) {
        return FACES.computeIfAbsent(file.location(), key -> {
            byte[] bytes = file.readAllBytes();
            String fileName = Path.of(file.path()).getFileName().toString();
            return create(key, fileName, bytes, 0);
        });
    }

    /**
     * @param file  a font file on disk
     * @param index which font of a collection ({@code .ttc}); 0 otherwise
     * @return its face, loaded on first use
     */
    public static FontFace load(Path file, int index) {
        String key = file.toAbsolutePath().normalize() + (index > 0 ? "," + index : "");
        return FACES.computeIfAbsent(key, k -> {
            try {
                return create(k, file.getFileName().toString(), Files.readAllBytes(file), index);
            } catch (IOException e) {
                throw new RenderException("font '" + file + "' cannot be read: " + e.getMessage(), e);
            }
        });
    }

    private static FontFace create(String key, String fileName, byte[] bytes, int index) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        boolean collection = lower.endsWith(".ttc");
        String name = collection ? fileName + "," + index : lower.endsWith(".ttf") || lower.endsWith(".otf")
                ? fileName : fileName + ".ttf";
        try {
            OpenTypeFile otf = OpenTypeFile.open(OpenTypeFile.of(bytes), index);
            OpenTypeFile.Names names = otf.names();
            BaseFont base = BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null);
            SubsetPrefix prefix = new SubsetPrefix(key + "|" + base.getPostscriptFontName());
            base.setSecureRandom(prefix);
            base.setSubset(true);
            int[] advances = otf.advances();
            boolean ligatures = otf.hasFeature("GSUB", "liga");
            boolean gposKerning = !base.hasKernPairs() && otf.hasFeature("GPOS", "kern");
            String readable = names.fullName().isEmpty() ? base.getPostscriptFontName() : names.fullName();
            KernTable kerning = otf.kernTable();
            Shaper.Factory shaper = face -> shaper(face, kerning, bytes, index, collection, ligatures, gposKerning);
            FontFace face = new FontFace(key, readable, base, otf.charMap(), advances, shaper);
            face.glyphUnicode(GlyphUnicode.install(base));
            return face;
        } catch (IOException | RuntimeException e) {
            throw new RenderException("font '" + key + "' cannot be loaded: " + e.getMessage(), e);
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
}

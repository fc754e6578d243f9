package org.briefkit.theme;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * A TrueType or OpenType font file: a classpath resource (fonts that ship in a jar), a file on
 * disk, or bytes the caller already holds (a font a server keeps in a database, say).
 *
 * <p>A file is read again each time its bytes are asked for, so a font replaced on disk is never
 * served stale. Every source is read through a bound ({@link #maxBytes()}, 64 MiB unless the
 * system property {@value #MAX_BYTES_PROPERTY} says otherwise): a larger font is refused before
 * it is read in full, because parsing a font takes a few times its size in memory.
 *
 * <p>Two files are equal when they come from the same place (the same resource, the same path);
 * two byte fonts are equal when their bytes are. {@link #toString()} gives the name, never bytes.
 */
public final class FontFile {
    /** The system property that sets {@link #maxBytes()}, in bytes. */
    public static final String MAX_BYTES_PROPERTY = "briefkit.fonts.maxFileBytes";
    /** The default of {@link #maxBytes()}: 64 MiB, four times the largest CJK fonts in common use. */
    public static final long DEFAULT_MAX_BYTES = 64L << 20;

    private static final String CLASSPATH = "classpath:";
    private static final String BYTES = "bytes:";

    private final String location;
    private final String name;
    private final byte[] bytes;
    private final String sha256;

    private FontFile(String location, String name, byte[] bytes) {
        this.location = location;
        this.name = name;
        this.bytes = bytes;
        this.sha256 = bytes == null ? null : sha256(bytes);
    }

    /**
     * @param location {@code classpath:} followed by a resource name, or a file path
     * @return the font file at that location
     */
    public static FontFile at(String location) {
        if (location == null || location.isBlank() || location.equals(CLASSPATH)) {
            throw new ThemeException("font", "a font file location is missing");
        }
        return location.startsWith(CLASSPATH) ? classpath(location.substring(CLASSPATH.length()))
                : file(Path.of(location));
    }

    /** @param resource a resource name such as {@code liberation/LiberationSerif-Regular.ttf}; @return the font file */
    public static FontFile classpath(String resource) {
        String path = resource == null ? "" : resource.startsWith("/") ? resource.substring(1) : resource;
        if (path.isBlank()) {
            throw new ThemeException("font", "a font resource name is missing");
        }
        return new FontFile(CLASSPATH + path, path, null);
    }

    /**
     * A file on disk, named in messages by its file name only (not its folders).
     *
     * @param file a font file on disk
     * @return the font file
     */
    public static FontFile file(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path fileName = absolute.getFileName();
        return file(fileName == null ? absolute.toString() : fileName.toString(), file);
    }

    /**
     * A file on disk, named in messages as the caller says: a theme names a font by its path
     * relative to the theme file, so a message never shows the server's folders.
     *
     * @param name what messages call the font, such as {@code fonts/Body-Regular.ttf}
     * @param file the font file on disk
     * @return the font file
     */
    public static FontFile file(String name, Path file) {
        return new FontFile(file.toAbsolutePath().normalize().toString(), checkName(name), null);
    }

    /**
     * A font from bytes the caller holds; the bytes are copied.
     *
     * @param name  what messages call the font, such as {@code Brand-Regular.ttf}
     * @param bytes the font file's bytes
     * @return the font
     * @throws ThemeException when there are more bytes than {@link #maxBytes()}
     */
    public static FontFile of(String name, byte[] bytes) {
        String checked = checkName(name);
        if (bytes == null || bytes.length == 0) {
            throw new ThemeException("font", "'" + checked + "' has no bytes");
        }
        checkSize(checked, bytes.length, maxBytes());
        return new FontFile(BYTES + checked, checked, bytes.clone());
    }

    /**
     * A font read from a stream, up to {@link #maxBytes()}; the stream is read to its end (or
     * one byte past the limit) but not closed.
     *
     * @param name what messages call the font
     * @param in   the font file's bytes
     * @return the font
     * @throws ThemeException when the stream holds more than {@link #maxBytes()} or cannot be read
     */
    public static FontFile read(String name, InputStream in) {
        String checked = checkName(name);
        try {
            byte[] bytes = readBounded(checked, in, maxBytes());
            if (bytes.length == 0) {
                throw new ThemeException("font", "'" + checked + "' has no bytes");
            }
            return new FontFile(BYTES + checked, checked, bytes);
        } catch (IOException e) {
            throw new ThemeException("font '" + checked + "' cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * @return the largest font file read, in bytes: the system property {@value #MAX_BYTES_PROPERTY}
     *         when it holds a positive number, else {@link #DEFAULT_MAX_BYTES}
     */
    public static long maxBytes() {
        String value = System.getProperty(MAX_BYTES_PROPERTY);
        if (value != null) {
            try {
                long parsed = Long.parseLong(value.strip());
                if (parsed > 0) {
                    return parsed;
                }
            } catch (NumberFormatException e) {
                // fall through to the default: a typo in a property must not lift the limit
            }
        }
        return DEFAULT_MAX_BYTES;
    }

    /**
     * @return where the font is: {@code classpath:} and a resource name, an absolute file path,
     *         or {@code bytes:} and the name of a font given as bytes
     */
    public String location() {
        return location;
    }

    /**
     * @return what messages call the font: a resource name, a file name or theme-relative name,
     *         or the name given with bytes
     */
    public String name() {
        return name;
    }

    /** @return whether the font is a classpath resource */
    public boolean isResource() {
        return location.startsWith(CLASSPATH);
    }

    /** @return whether the font was given as bytes rather than found by a resource name or path */
    public boolean isBytes() {
        return bytes != null;
    }

    /**
     * @return the resource name or absolute file path, without the {@code classpath:} prefix; the
     *         name for a font given as bytes
     */
    public String path() {
        return isResource() ? location.substring(CLASSPATH.length()) : isBytes() ? name : location;
    }

    /**
     * Reads the font, again on every call for a file (so a replaced file is read as it is now).
     *
     * @return the font's bytes, a fresh copy
     * @throws ThemeException when the font cannot be found or read, or is larger than {@link #maxBytes()}
     */
    public byte[] readAllBytes() {
        return readAllBytes(maxBytes());
    }

    /**
     * @param limit the largest size accepted, in bytes
     * @return the font's bytes, a fresh copy
     * @throws ThemeException when the font cannot be found or read, or is larger than {@code limit};
     *                        a file's size is checked before any of it is read
     */
    public byte[] readAllBytes(long limit) {
        if (bytes != null) {
            checkSize(name, bytes.length, limit);
            return bytes.clone();
        }
        try {
            if (!isResource()) {
                checkSize(name, Files.size(Path.of(location)), limit);
            }
            try (InputStream in = open()) {
                return readBounded(name, in, limit);
            }
        } catch (NoSuchFileException e) {
            throw new ThemeException("font", "'" + name + "' does not exist");
        } catch (IOException e) {
            throw new ThemeException("font '" + name + "' cannot be read: " + e.getClass().getSimpleName(), e);
        }
    }

    private InputStream open() throws IOException {
        if (isResource()) {
            InputStream in = FontFile.class.getClassLoader().getResourceAsStream(path());
            if (in == null) {
                throw new ThemeException("font", "'" + location + "' is not on the classpath");
            }
            return in;
        }
        return Files.newInputStream(Path.of(location));
    }

    /** Reads at most {@code limit + 1} bytes: enough to know the stream is too long, never the rest of it. */
    private static byte[] readBounded(String name, InputStream in, long limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        byte[] buffer = new byte[8192];
        long total = 0;
        while (true) {
            int want = (int) Math.min(buffer.length, limit + 1 - total);
            int n = in.read(buffer, 0, want);
            if (n < 0) {
                return out.toByteArray();
            }
            total += n;
            if (total > limit) {
                throw tooLarge(name, "more than " + limit + " bytes", limit);
            }
            out.write(buffer, 0, n);
        }
    }

    private static void checkSize(String name, long size, long limit) {
        if (size > limit) {
            throw tooLarge(name, size + " bytes", limit);
        }
    }

    private static ThemeException tooLarge(String name, String size, long limit) {
        return new ThemeException("font", "'" + name + "' is " + size + ", larger than the limit of " + limit
                + " bytes for a font file (set by the system property " + MAX_BYTES_PROPERTY + ")");
    }

    private static String checkName(String name) {
        if (name == null || name.isBlank()) {
            throw new ThemeException("font", "a font's name is missing");
        }
        return name;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof FontFile other)) {
            return false;
        }
        return bytes == null ? other.bytes == null && location.equals(other.location)
                : other.bytes != null && sha256.equals(other.sha256) && Arrays.equals(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        return bytes == null ? location.hashCode() : sha256.hashCode();
    }

    /** @return the font's name and where it is from; never its bytes */
    @Override
    public String toString() {
        return "FontFile[" + (bytes == null ? location : name + ", " + bytes.length + " bytes") + "]";
    }
}

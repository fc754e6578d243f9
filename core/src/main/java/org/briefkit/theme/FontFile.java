package org.briefkit.theme;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a TrueType or OpenType font file is: a classpath resource (fonts that ship in a jar) or
 * a file on disk.
 *
 * @param location {@code classpath:} followed by a resource name, or a file path
 */
public record FontFile(String location) {
    private static final String CLASSPATH = "classpath:";

    /** Checks that a location is given. */
    public FontFile {
        if (location == null || location.isBlank() || location.equals(CLASSPATH)) {
            throw new ThemeException("font", "a font file location is missing");
        }
    }

    /** @param resource a resource name such as {@code liberation/LiberationSerif-Regular.ttf}; @return the font file */
    public static FontFile classpath(String resource) {
        return new FontFile(CLASSPATH + (resource.startsWith("/") ? resource.substring(1) : resource));
    }

    /** @param file a font file on disk; @return the font file */
    public static FontFile file(Path file) {
        return new FontFile(file.toAbsolutePath().normalize().toString());
    }

    /** @return whether the font is a classpath resource */
    public boolean isResource() {
        return location.startsWith(CLASSPATH);
    }

    /** @return the resource name or file path, without the {@code classpath:} prefix */
    public String path() {
        return isResource() ? location.substring(CLASSPATH.length()) : location;
    }

    /**
     * @return the font's bytes, from the classpath or the disk
     * @throws ThemeException when the font cannot be found or read
     */
    public byte[] readAllBytes() {
        try (InputStream in = open()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new ThemeException("font '" + location + "' cannot be read: " + e.getMessage(), e);
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
}

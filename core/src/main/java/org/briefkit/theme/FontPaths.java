package org.briefkit.theme;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.briefkit.internal.ConfinedPath;

/**
 * Finds the font files a theme file names, by the rules that confine images in Markdown
 * ({@link ConfinedPath}): relative to the theme file's folder and inside it, or absolute inside a
 * font folder the reader allows. A refusal never says whether a file outside exists and never
 * shows a byte of any file: a file that is not a font is named as such, its content left out.
 */
final class FontPaths {
    /** The first four bytes of a TrueType ({@code 00 01 00 00}, {@code true}) or OpenType ({@code OTTO}) font. */
    private static final List<String> FONT_TAGS = List.of("\0\1\0\0", "true", "OTTO");

    private final Path folder;
    private final List<Path> allowed;

    /**
     * @param folder  the theme file's folder
     * @param allowed extra folders for absolute paths, real paths of existing folders
     */
    FontPaths(Path folder, List<Path> allowed) {
        this.folder = folder;
        this.allowed = List.copyOf(allowed);
    }

    /** A font path refused, with the reason as a sentence. */
    static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        Refused(String problem) {
            super(problem, null, false, false);
        }
    }

    /**
     * @param written the path as the theme file gives it
     * @param shown   the path as messages show it (shortened)
     * @return the font file, inside the folder or an allowed one
     * @throws Refused when the path leads out, or names no font file
     */
    FontFile find(String written, String shown) throws Refused {
        Path file;
        try {
            file = ConfinedPath.resolve(written, folder, allowed);
        } catch (ConfinedPath.Refused e) {
            throw new Refused(switch (e.reason()) {
                case ABSOLUTE -> "font path " + shown + " is absolute; font paths must be relative to the theme's"
                        + " folder" + (allowed.isEmpty() ? "" : " or lead into a font folder the reader allows");
                case OUTSIDE, LINK_OUTSIDE -> "font path " + shown + " leads outside the theme's folder; fonts"
                        + " must be inside it";
                case INVALID -> "font path " + shown + " is not a valid file path";
            });
        } catch (IOException e) {
            throw new Refused("the theme's folder cannot be read");
        }
        if (!Files.exists(file)) {
            throw new Refused("font file " + shown + " was not found in the theme's folder");
        }
        if (!Files.isRegularFile(file)) {
            throw new Refused(shown + " is not a file");
        }
        if (!isFont(file, shown)) {
            throw new Refused("font file " + shown + " is not a TrueType or OpenType font");
        }
        return FontFile.file(file);
    }

    private static boolean isFont(Path file, String shown) throws Refused {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(4);
        } catch (IOException e) {
            throw new Refused("font file " + shown + " cannot be read");
        }
        String tag = new String(head, StandardCharsets.ISO_8859_1);
        return FONT_TAGS.contains(tag);
    }
}

package org.briefkit.pdf.internal.font;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.briefkit.theme.FontStyle;

/**
 * The fonts installed on the machine, found in the usual font folders of Linux, macOS and
 * Windows (and any extra folders), read once per set of folders, lazily, and cached for the
 * process. Only each font's names and style are read at first; which characters a font covers is
 * read from its cmap the first time a character is looked for. Fonts are tried in a fixed order
 * (by path), so the same machine always picks the same fallback.
 *
 * <p>Only fonts with TrueType outlines are used: OpenPDF 2.0.5 subsets CFF-based CJK fonts
 * unreliably (OpenPDF #685, #1402).
 */
public final class SystemFonts {
    private static final System.Logger LOG = System.getLogger(SystemFonts.class.getName());
    private static final Map<List<Path>, SystemFonts> BY_FOLDERS = new ConcurrentHashMap<>();
    private static final int MAX_DEPTH = 6;

    private final List<Path> folders;
    private volatile List<Entry> entries;
    private volatile Map<String, List<Entry>> byFamily;

    /** One installed font: a file (and index in a collection), its names, style and, once read, coverage. */
    static final class Entry {
        final Path file;
        final int index;
        final Set<String> families;
        final FontStyle style;
        private volatile int[] coverage;

        Entry(Path file, int index, Set<String> families, FontStyle style) {
            this.file = file;
            this.index = index;
            this.families = families;
            this.style = style;
        }

        boolean covers(int codePoint) {
            int[] c = coverage;
            if (c == null) {
                try (OpenTypeFile.Source source = OpenTypeFile.of(file)) {
                    c = OpenTypeFile.open(source, index).charMap().coverage();
                } catch (IOException | RuntimeException e) {
                    c = new int[0];
                }
                coverage = c;
            }
            return OpenTypeFile.covers(c, codePoint);
        }

        @Override
        public String toString() {
            return file + (index > 0 ? "," + index : "");
        }
    }

    private SystemFonts(List<Path> folders) {
        this.folders = folders;
    }

    /**
     * @param extraFolders folders to search besides the usual ones, searched first
     * @return the installed fonts of those folders (scanned on first use)
     */
    public static SystemFonts of(List<Path> extraFolders) {
        List<Path> all = new ArrayList<>();
        extraFolders.forEach(p -> all.add(p.toAbsolutePath().normalize()));
        all.addAll(usualFolders());
        List<Path> key = List.copyOf(new LinkedHashSet<>(all));
        return BY_FOLDERS.computeIfAbsent(key, SystemFonts::new);
    }

    /** @return only the given folders, none of the machine's (for tests and sealed deployments) */
    public static SystemFonts only(List<Path> folders) {
        List<Path> key = folders.stream().map(p -> p.toAbsolutePath().normalize()).distinct().toList();
        return new SystemFonts(key);
    }

    /** @return the usual font folders of Linux, macOS and Windows that exist on this machine */
    static List<Path> usualFolders() {
        List<Path> out = new ArrayList<>();
        String home = System.getProperty("user.home", "");
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String windir = Optional.ofNullable(System.getenv("WINDIR")).orElse("C:\\Windows");
            out.add(Path.of(windir, "Fonts"));
            String local = System.getenv("LOCALAPPDATA");
            if (local != null) {
                out.add(Path.of(local, "Microsoft", "Windows", "Fonts"));
            }
        } else if (os.contains("mac")) {
            out.add(Path.of("/System/Library/Fonts"));
            out.add(Path.of("/Library/Fonts"));
            if (!home.isEmpty()) {
                out.add(Path.of(home, "Library", "Fonts"));
            }
        } else {
            out.add(Path.of("/usr/share/fonts"));
            out.add(Path.of("/usr/local/share/fonts"));
            if (!home.isEmpty()) {
                out.add(Path.of(home, ".local", "share", "fonts"));
                out.add(Path.of(home, ".fonts"));
            }
        }
        return out.stream().filter(Files::isDirectory).toList();
    }

    private List<Entry> entries() {
        List<Entry> e = entries;
        if (e == null) {
            synchronized (this) {
                e = entries;
                if (e == null) {
                    e = scan();
                    Map<String, List<Entry>> families = new HashMap<>();
                    for (Entry entry : e) {
                        for (String family : entry.families) {
                            families.computeIfAbsent(family.toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                                    .add(entry);
                        }
                    }
                    byFamily = families;
                    entries = e;
                }
            }
        }
        return e;
    }

    private List<Entry> scan() {
        List<Path> files = new ArrayList<>();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(folder, MAX_DEPTH)) {
                walk.filter(Files::isRegularFile).filter(SystemFonts::isFontFile)
                        .sorted(Comparator.comparing(Path::toString)).forEach(files::add);
            } catch (IOException | RuntimeException e) {
                LOG.log(System.Logger.Level.DEBUG, "cannot list fonts in " + folder + ": " + e);
            }
        }
        List<Entry> out = new ArrayList<>();
        for (Path file : files) {
            try (OpenTypeFile.Source source = OpenTypeFile.of(file)) {
                int count = OpenTypeFile.faceCount(source);
                for (int i = 0; i < Math.min(count, 64); i++) {
                    OpenTypeFile otf = OpenTypeFile.open(source, i);
                    if (!otf.hasTrueTypeOutlines()) {
                        continue;
                    }
                    OpenTypeFile.Names names = otf.names();
                    if (names.families().isEmpty()) {
                        continue;
                    }
                    FontStyle style = FontStyle.of(names.weight() >= 600, names.italic());
                    out.add(new Entry(file, i, names.families(), style));
                }
            } catch (IOException | RuntimeException e) {
                LOG.log(System.Logger.Level.DEBUG, "skipping font " + file + ": " + e);
            }
        }
        return List.copyOf(out);
    }

    private static boolean isFontFile(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".ttf") || name.endsWith(".ttc") || name.endsWith(".otf");
    }

    /**
     * @param family a family name, in any case, in any language the font names itself in
     * @param style  the face wanted
     * @return that face, or the family's nearest face, when installed
     */
    public Optional<FontFace> family(String family, FontStyle style) {
        entries();
        List<Entry> faces = byFamily.getOrDefault(family.strip().toLowerCase(Locale.ROOT), List.of());
        if (faces.isEmpty()) {
            return Optional.empty();
        }
        Entry best = null;
        int bestScore = Integer.MAX_VALUE;
        for (Entry e : faces) {
            int score = (e.style.isBold() == style.isBold() ? 0 : 2) + (e.style.isItalic() == style.isItalic() ? 0 : 1);
            if (score < bestScore) {
                best = e;
                bestScore = score;
            }
        }
        return Optional.of(FontLibrary.load(best.file, best.index));
    }

    /**
     * @param codePoint a character no theme font has
     * @param style     the face wanted; a face of that style is preferred
     * @return the first installed font, in path order, that has the character
     */
    public Optional<FontFace> covering(int codePoint, FontStyle style) {
        Entry plainMatch = null;
        for (Entry e : entries()) {
            if (e.covers(codePoint)) {
                if (e.style == style) {
                    return Optional.of(FontLibrary.load(e.file, e.index));
                }
                if (plainMatch == null) {
                    plainMatch = e;
                }
            }
        }
        return plainMatch == null ? Optional.empty() : Optional.of(FontLibrary.load(plainMatch.file, plainMatch.index));
    }

    /** @return the folders searched, in order */
    public List<Path> folders() {
        return folders;
    }
}

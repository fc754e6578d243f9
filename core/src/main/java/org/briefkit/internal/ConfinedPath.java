package org.briefkit.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Resolves a file path written in a document or a theme so that it stays inside its folder: the
 * path is relative to the folder ({@code %2e%2e} counts as {@code ..}), may not climb out of it,
 * may not be absolute, and may not pass through a symbolic link that leads out. An absolute path
 * is accepted only inside one of the extra folders a caller allows (a server's own fonts).
 *
 * <p>Links are followed one name at a time, as the operating system would, without asking whether
 * the file at the end exists, and no name outside the allowed folders is ever looked at. So a
 * refusal reads the same whether the target outside exists or not, and tells nothing about it.
 */
public final class ConfinedPath {
    /** More links than a path resolves through on Linux (its own limit is 40). */
    private static final int MAX_LINKS = 40;

    private ConfinedPath() {
    }

    /** Why a path was refused. */
    public enum Reason {
        /** The path is absolute and not inside an allowed extra folder. */
        ABSOLUTE,
        /** The path climbs out of its folder with {@code ..}. */
        OUTSIDE,
        /** A symbolic link on the way leads out of the allowed folders. */
        LINK_OUTSIDE,
        /** The text is not a file path on this system. */
        INVALID
    }

    /**
     * A refused path: why, and for {@link Reason#LINK_OUTSIDE} where the links lead. The message
     * is the system's reason for {@link Reason#INVALID}, else the reason's name.
     */
    public static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;
        private final Reason reason;
        private final transient Path target;

        Refused(Reason reason, Path target, String detail) {
            super(detail == null ? reason.name() : detail, null, false, false);
            this.reason = reason;
            this.target = target;
        }

        /** @return why the path was refused */
        public Reason reason() {
            return reason;
        }

        /** @return where the links lead, for {@link Reason#LINK_OUTSIDE}; null otherwise */
        public Path target() {
            return target;
        }
    }

    /**
     * @param written the path as written, with percent escapes allowed
     * @param folder  the folder a relative path is resolved in and must stay in; it must exist
     * @param extra   further folders an absolute path may lead into (existing folders, real paths);
     *                empty when absolute paths are refused
     * @return the path's real location, links followed, inside {@code folder} or one of {@code extra};
     *         whether a file is there is the caller's to check
     * @throws Refused when the path is absolute, leads out, or is not a path
     * @throws IOException when the folder itself cannot be found
     */
    public static Path resolve(String written, Path folder, List<Path> extra) throws Refused, IOException {
        String decoded = percentDecode(written.strip());
        Path base = folder.toAbsolutePath().normalize();
        List<Path> realRoots = new ArrayList<>();
        realRoots.add(base.toRealPath());
        realRoots.addAll(extra);
        Path start;
        Path target;
        try {
            boolean absolute = decoded.startsWith("/") || decoded.startsWith("\\") || isWindowsDrive(decoded);
            Path path = Path.of(decoded);
            if (absolute || path.isAbsolute()) {
                target = path.toAbsolutePath().normalize();
                start = extra.stream().filter(target::startsWith).findFirst()
                        .orElseThrow(() -> new Refused(Reason.ABSOLUTE, null, null));
            } else {
                target = base.resolve(path).normalize();
                start = base;
            }
        } catch (InvalidPathException e) {
            throw new Refused(Reason.INVALID, null, e.getReason());
        }
        if (!target.startsWith(start)) {
            throw new Refused(Reason.OUTSIDE, null, null);
        }
        Path real = followLinks(start.equals(base) ? realRoots.get(0) : start, start.relativize(target), realRoots);
        if (!within(real, realRoots)) {
            throw new Refused(Reason.LINK_OUTSIDE, real, null);
        }
        return real;
    }

    /**
     * Follows the names of {@code relative} from {@code from}, replacing each symbolic link by
     * where it points, and looks only at names inside {@code roots}.
     */
    private static Path followLinks(Path from, Path relative, List<Path> roots) {
        Deque<Path> names = new ArrayDeque<>();
        relative.forEach(names::addLast);
        Path current = from;
        int links = 0;
        while (!names.isEmpty()) {
            String name = names.removeFirst().toString();
            if (name.isEmpty() || name.equals(".")) {
                continue;
            }
            if (name.equals("..")) {
                current = current.getParent() == null ? current : current.getParent();
                continue;
            }
            Path next = current.resolve(name);
            Path link = within(next, roots) && Files.isSymbolicLink(next) ? readLink(next) : null;
            if (link == null) {
                current = next;
                continue;
            }
            if (++links > MAX_LINKS) {
                return next.getRoot(); // a loop of links: refused as leading out
            }
            List<Path> parts = new ArrayList<>();
            link.forEach(parts::add);
            for (int i = parts.size() - 1; i >= 0; i--) {
                names.addFirst(parts.get(i));
            }
            if (link.isAbsolute()) {
                current = link.getRoot();
            }
        }
        return current;
    }

    private static Path readLink(Path link) {
        try {
            return Files.readSymbolicLink(link);
        } catch (IOException | UnsupportedOperationException e) {
            return null; // gone since it was seen: treated as a plain name, which is then not found
        }
    }

    private static boolean within(Path path, List<Path> roots) {
        return roots.stream().anyMatch(path::startsWith);
    }

    /**
     * @param path a path as written
     * @return whether it starts with a Windows drive ({@code C:}, {@code C:/}), which is no URL scheme
     */
    public static boolean isWindowsDrive(String path) {
        return path.length() >= 2 && Character.isLetter(path.charAt(0)) && path.charAt(1) == ':'
                && (path.length() == 2 || path.charAt(2) == '/' || path.charAt(2) == '\\');
    }

    /** {@code my%20chart.png} → {@code my chart.png}; text that is not valid escaping is kept as it is. */
    public static String percentDecode(String text) {
        if (text.indexOf('%') < 0) {
            return text;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] raw = text.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < raw.length; i++) {
            if (raw[i] == '%' && i + 2 < raw.length && hex(raw[i + 1]) >= 0 && hex(raw[i + 2]) >= 0) {
                bytes.write(hex(raw[i + 1]) * 16 + hex(raw[i + 2]));
                i += 2;
            } else {
                bytes.write(raw[i]);
            }
        }
        return new String(bytes.toByteArray(), StandardCharsets.UTF_8);
    }

    private static int hex(byte b) {
        return Character.digit(b, 16);
    }
}

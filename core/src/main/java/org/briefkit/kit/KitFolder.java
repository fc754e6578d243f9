package org.briefkit.kit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.briefkit.BriefkitException;

/**
 * Puts a kit's files in a folder as one step: they are written into a fresh hidden folder beside
 * it ({@code .media-kit.new-123}), which is then renamed into place; the previous kit is renamed
 * aside first and deleted last, and renamed back when the swap fails. A reader sees the old kit
 * or the whole new one, never a mix, and a new kit with fewer files leaves none of the old ones.
 *
 * <p>Because the folder is replaced wholly, only a folder that is absent, empty, or an earlier
 * kit (flat, with a {@code manifest.json} Briefkit wrote) is replaced; any other is refused, so
 * {@code --out ~/Documents} cannot delete someone's files.
 */
final class KitFolder {
    /** Every manifest this library writes starts so ({@link KitManifest#toJson()}). */
    private static final byte[] MANIFEST_START = "{\n  \"embargo\": ".getBytes(StandardCharsets.UTF_8);

    /** Writes one file of the kit; tests put a failing one in its place. */
    @FunctionalInterface
    interface FileWriter {
        /** @param file a new file; @param bytes its content; @throws IOException when it cannot be written */
        void write(Path file, byte[] bytes) throws IOException;
    }

    /** Writes the file and syncs it to the disk before the folder is swapped in. */
    static final FileWriter SYNCED = (file, bytes) -> {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
    };

    private KitFolder() {
    }

    /**
     * Checks that a kit may replace this folder, before anything is rendered.
     *
     * @param folder the folder named by the caller
     * @return the folder to replace: absolute, with links resolved
     * @throws BriefkitException when the folder must not be replaced
     * @throws IOException       when it cannot be looked at
     */
    static Path target(Path folder) throws IOException {
        Path target = folder.toAbsolutePath().normalize();
        if (Files.exists(target)) {
            target = target.toRealPath();
        }
        if (target.getParent() == null) {
            throw refused(folder, "is the root of the file system");
        }
        Path workingFolder = Path.of("").toAbsolutePath().normalize();
        if (Files.exists(workingFolder) && workingFolder.toRealPath().startsWith(target)) {
            throw refused(folder, "is the current folder or holds it");
        }
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            return target;
        }
        if (!Files.isDirectory(target)) {
            throw refused(folder, "is a file, not a folder");
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(target)) {
            boolean empty = true;
            for (Path entry : entries) {
                empty = false;
                if (!Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)) {
                    throw refused(folder, "holds '" + entry.getFileName() + "', which is not a plain file, so it is "
                            + "not a media kit");
                }
            }
            if (!empty && !isKitManifest(target.resolve(KitManifest.FILE_NAME))) {
                throw refused(folder, "is not empty and holds no " + KitManifest.FILE_NAME
                        + " written by Briefkit, so it is not a media kit");
            }
        }
        return target;
    }

    /**
     * Replaces the folder with exactly these files.
     *
     * @param target what {@link #target} returned
     * @param files  the files' names and bytes, in the order to write them
     * @param writer writes each file
     * @throws IOException when a file cannot be written or the folder cannot be swapped; the
     *                     previous folder is then as it was, and no temporary folder is left
     */
    static void replace(Path target, Map<String, byte[]> files, FileWriter writer) throws IOException {
        Path parent = target.getParent();
        Files.createDirectories(parent);
        String name = target.getFileName().toString();
        Path fresh = Files.createTempDirectory(parent, "." + name + ".new-");
        boolean done = false;
        try {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                writer.write(fresh.resolve(file.getKey()), file.getValue());
            }
            target(target); // the folder may have changed while the kit was rendered
            keepPermissions(target, fresh);
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                swap(target, fresh, parent, name);
            } else {
                move(fresh, target);
            }
            done = true;
        } finally {
            if (!done) {
                deleteTree(fresh);
            }
        }
    }

    private static void swap(Path target, Path fresh, Path parent, String name) throws IOException {
        Path old = Files.createTempDirectory(parent, "." + name + ".old-");
        Files.delete(old); // only its unique name is wanted
        move(target, old);
        try {
            move(fresh, target);
        } catch (IOException | RuntimeException e) {
            try {
                move(old, target);
            } catch (IOException restore) {
                e.addSuppressed(restore);
            }
            throw e;
        }
        try {
            deleteTree(old);
        } catch (IOException e) {
            // The new kit is in place; an old copy left beside it is untidy, not wrong.
            System.getLogger(KitFolder.class.getName()).log(System.Logger.Level.WARNING,
                    "media kit: the previous kit, moved to " + old + ", could not be deleted: " + e.getMessage());
        }
    }

    private static boolean isKitManifest(Path manifest) throws IOException {
        if (!Files.isRegularFile(manifest, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(manifest)) {
            return java.util.Arrays.equals(in.readNBytes(MANIFEST_START.length), MANIFEST_START);
        }
    }

    /** A temporary folder is private (0700); the kit's folder reads like any new one, or as the one it replaces. */
    private static void keepPermissions(Path target, Path fresh) throws IOException {
        if (!fresh.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        Set<PosixFilePermission> permissions = Files.exists(target) ? Files.getPosixFilePermissions(target)
                : PosixFilePermissions.fromString("rwxr-xr-x");
        Files.setPosixFilePermissions(fresh, permissions);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    private static BriefkitException refused(Path folder, String why) {
        return new BriefkitException("media kit folder '" + folder + "' " + why + "; a kit replaces its folder "
                + "wholly, so give a new or empty folder, or one that holds an earlier kit");
    }
}

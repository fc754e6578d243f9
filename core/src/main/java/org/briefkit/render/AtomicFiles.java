package org.briefkit.render;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes files so that readers see either the old file or the complete new one: the bytes go to
 * a temporary file in the same folder, which is synced and then moved over the target. When the
 * writer fails, the temporary file is deleted and the target is untouched.
 */
public final class AtomicFiles {
    /** How much of the target's name a temporary file's name repeats, in bytes of UTF-8. */
    static final int TEMP_NAME_BYTES = 100;

    private AtomicFiles() {
    }

    /** Writes bytes to a stream; may fail with an I/O or runtime exception. */
    @FunctionalInterface
    public interface Writer {
        /** @param out the stream to write to; @throws IOException when writing fails */
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * @param target the file to create or replace
     * @param writer writes the content
     * @throws IOException when the folder cannot be written or the writer fails with one; its
     *                     message says in words what failed, naming {@code target} as given
     *                     ("cannot write out/x.pdf: the disk is full"), and its cause is the
     *                     original exception
     */
    public static void write(Path target, Writer writer) throws IOException {
        try {
            writeAtomically(target.toAbsolutePath(), writer);
        } catch (IOException e) {
            throw new IOException("cannot write " + target + ": " + FileProblems.reason(target, e), e);
        }
    }

    private static void writeAtomically(Path file, Writer writer) throws IOException {
        Path folder = file.getParent();
        Files.createDirectories(folder);
        Path temp = Files.createTempFile(folder, "." + shortened(file.getFileName().toString()) + ".", ".tmp");
        boolean done = false;
        try {
            try (var channel = Files.newByteChannel(temp, java.nio.file.StandardOpenOption.WRITE);
                    OutputStream raw = java.nio.channels.Channels.newOutputStream(channel);
                    OutputStream out = new BufferedOutputStream(raw, 1 << 16)) {
                writer.writeTo(out);
                out.flush();
                if (channel instanceof java.nio.channels.FileChannel fc) {
                    fc.force(true);
                }
            }
            keepPermissions(file, temp);
            move(temp, file);
            done = true;
        } finally {
            if (!done) {
                Files.deleteIfExists(temp);
            }
        }
    }

    /**
     * The start of a file name, at most {@link #TEMP_NAME_BYTES} bytes of UTF-8 and never half a
     * character: with the dot before it, the random number {@code createTempFile} adds (up to 20
     * digits) and ".tmp", a temporary name then fits the 255-byte limit of common file systems
     * whatever the target's name. The random number keeps it unique.
     */
    static String shortened(String name) {
        int bytes = 0;
        int end = 0;
        while (end < name.length()) {
            int c = name.codePointAt(end);
            int size = c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
            if (bytes + size > TEMP_NAME_BYTES) {
                break;
            }
            bytes += size;
            end += Character.charCount(c);
        }
        return name.substring(0, end);
    }

    /**
     * A temporary file is private (0600); the result should read like any new file (0644), or
     * keep the permissions of the file it replaces.
     */
    private static void keepPermissions(Path target, Path temp) throws IOException {
        if (!temp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        var permissions = Files.exists(target) ? Files.getPosixFilePermissions(target)
                : java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(temp, permissions);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}

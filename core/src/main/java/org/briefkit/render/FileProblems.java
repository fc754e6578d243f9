package org.briefkit.render;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Says in words why a file could not be read or written: "permission denied", "the disk is
 * full", never a Java exception's class name or the name of an internal temporary file, which
 * {@code FileSystemException}s carry and which mean nothing to the person who named the file.
 */
public final class FileProblems {
    private FileProblems() {
    }

    /**
     * @param file the file the user named
     * @param e    why reading or writing it failed
     * @return the reason, in words, without paths but those of {@code file} and its folders
     */
    public static String reason(Path file, IOException e) {
        Path notAFolder = fileInPlaceOfFolder(file);
        if (notAFolder != null) {
            return notAFolder + " is a file, not a folder";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            Path folder = file.toAbsolutePath().getParent();
            return folder != null && !Files.isDirectory(folder) ? "the folder does not exist" : "the file does not exist";
        }
        String reason = e instanceof FileSystemException f ? f.getReason() : e.getMessage();
        return reason == null || reason.isBlank() || mentionsAPath(reason) ? "the file system refused it" : words(reason);
    }

    /** The operating system's usual reasons, as a sentence reads them. */
    private static String words(String reason) {
        String r = reason.strip();
        switch (r.toLowerCase(Locale.ROOT)) {
            case "no space left on device":
                return "the disk is full";
            case "file name too long":
                return "the file name is too long";
            case "read-only file system":
                return "the file system is read-only";
            case "disk quota exceeded":
                return "the disk quota is exceeded";
            case "permission denied":
            case "operation not permitted":
                return "permission denied";
            case "is a directory":
                return "it is a folder, not a file";
            default:
                return Character.toLowerCase(r.charAt(0)) + r.substring(1);
        }
    }

    private static boolean mentionsAPath(String reason) {
        return reason.contains("/") || reason.contains("\\") || reason.contains(".tmp");
    }

    /** @return the nearest folder above {@code file} that exists as a file, or null */
    private static Path fileInPlaceOfFolder(Path file) {
        for (Path p = file.getParent(); p != null; p = p.getParent()) {
            if (Files.exists(p)) {
                return Files.isDirectory(p) ? null : p;
            }
        }
        return null;
    }
}

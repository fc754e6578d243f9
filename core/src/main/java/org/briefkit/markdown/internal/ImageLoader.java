package org.briefkit.markdown.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.briefkit.InvalidDocumentException;
import org.briefkit.internal.ConfinedPath;
import org.briefkit.model.Image;
import org.briefkit.model.ImageLimits;

/**
 * Finds and loads the images a document names, by the rules that keep a document from reading
 * what it should not: a path is relative to the Markdown file's folder and stays inside it (no
 * {@code ..} that climbs out, no absolute path, no symbolic link whose real path leads out); an
 * {@code http(s)} image is fetched only when remote images are allowed; any other scheme is
 * refused. Every refusal is a {@link Problem} that names the image and the reason.
 */
final class ImageLoader {
    private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.\\-]*:.*", Pattern.DOTALL);

    private final Path baseDir;
    private final ImageLimits limits;
    private final RemoteImages remote;
    private final Progress progress;

    /**
     * @param baseDir  the Markdown file's folder; null when there is none (text without a folder)
     * @param limits   the largest image accepted
     * @param remote   the fetcher for http(s) images, or null when remote images are not allowed
     * @param progress what the read is doing, and how much time is left when it has a deadline
     */
    ImageLoader(Path baseDir, ImageLimits limits, RemoteImages remote, Progress progress) {
        this.baseDir = baseDir;
        this.limits = limits;
        this.remote = remote;
        this.progress = progress;
    }

    /**
     * @param reference the image's address as written (a relative path, or a URL)
     * @return the image
     * @throws Problem when it may not be loaded, cannot be found or read, or is not a PNG or JPEG
     *                 within the limits
     */
    Image load(String reference) {
        String written = reference.strip();
        if (written.isEmpty()) {
            throw new Problem("the image has no address");
        }
        if (SCHEME.matcher(written).matches() && !ConfinedPath.isWindowsDrive(written)) {
            String scheme = written.substring(0, written.indexOf(':')).toLowerCase(Locale.ROOT);
            if (scheme.equals("http") || scheme.equals("https")) {
                return remote(written);
            }
            String orUrl = scheme.equals("file") ? "" : ", or an http(s) URL";
            throw new Problem("image '" + written + "' uses the scheme '" + scheme + ":'; an image must be a file"
                    + " path relative to the Markdown file's folder" + orUrl);
        }
        return local(written);
    }

    private Image remote(String url) {
        if (remote == null) {
            throw new Problem("remote image '" + url + "' is not loaded: remote images are turned off. Save the image"
                    + " in the Markdown file's folder and give its relative path, or allow remote images with"
                    + " MarkdownReader.builder().allowRemoteImages(true)");
        }
        progress.phase("fetching image " + url);
        try {
            return remote.fetch(url, limits, progress.remaining());
        } finally {
            progress.phase("converting");
        }
    }

    private Image local(String written) {
        if (baseDir == null) {
            throw new Problem("image '" + written + "' cannot be loaded: the Markdown was given as text without a"
                    + " folder to find images in");
        }
        Path target;
        try {
            target = ConfinedPath.resolve(written, baseDir, List.of());
        } catch (ConfinedPath.Refused e) {
            throw new Problem(switch (e.reason()) {
                case ABSOLUTE -> "image path '" + written + "' is absolute; image paths must be relative to the"
                        + " Markdown file's folder";
                case OUTSIDE -> "image path '" + written + "' leads outside the Markdown file's folder ("
                        + baseDir.toAbsolutePath().normalize() + "); images must be inside it";
                case LINK_OUTSIDE -> "image '" + written + "' is a link to " + e.target() + ", outside the Markdown"
                        + " file's folder; images must be inside it";
                case INVALID -> "image path '" + written + "' is not a valid file path: " + e.getMessage();
            });
        } catch (IOException e) {
            throw new Problem("image '" + written + "' could not be read: " + e);
        }
        if (!Files.exists(target)) {
            throw new Problem("image file '" + written + "' was not found (looked for " + target + ")");
        }
        if (!Files.isRegularFile(target)) {
            throw new Problem("image '" + written + "' is not a file (" + target + ")");
        }
        try {
            progress.phase("loading image " + written);
            return Image.read(target, limits);
        } catch (InvalidDocumentException e) {
            throw new Problem(e.getMessage());
        } catch (IOException e) {
            throw new Problem("image '" + written + "' could not be read: " + e);
        } finally {
            progress.phase("converting");
        }
    }
}

package org.briefkit.markdown;

import java.nio.file.Path;
import java.util.Objects;
import org.briefkit.markdown.internal.ReadPipeline;
import org.briefkit.markdown.internal.RemoteImages;
import org.briefkit.model.Document;
import org.briefkit.model.ImageLimits;

/**
 * Reads Markdown with YAML front matter into a {@link Document}. The dialect (CommonMark, GFM
 * tables, footnotes, pandoc attributes, fenced divs and more) and every front matter key are
 * described in docs/MARKDOWN.md.
 *
 * <pre>{@code
 * Document doc = MarkdownReader.standard().read(Path.of("brief.md"));
 * }</pre>
 *
 * <p>A reader is immutable and safe to share between threads. Each read runs on a thread of its
 * own with a large stack and counts its work against {@link MarkdownLimits}, so hostile input ends
 * in a {@link MarkdownException}, never in a {@link StackOverflowError} or a hang, and the same
 * input gets the same answer however busy the machine is. Every error names the file, line and
 * column.
 */
public final class MarkdownReader {
    private static final MarkdownReader STANDARD = builder().build();

    private final MarkdownLimits limits;
    private final ImageLimits imageLimits;
    private final boolean allowRemoteImages;
    private final ReadPipeline.Settings settings;

    private MarkdownReader(Builder builder) {
        this.limits = builder.limits;
        this.imageLimits = builder.imageLimits;
        this.allowRemoteImages = builder.allowRemoteImages;
        this.settings = new ReadPipeline.Settings(limits, imageLimits, allowRemoteImages ? new RemoteImages() : null);
    }

    /** @return a builder with the default limits and remote images refused */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the reader with default limits that refuses remote images */
    public static MarkdownReader standard() {
        return STANDARD;
    }

    /**
     * Reads a Markdown file, in UTF-8. Images are found relative to the file's folder.
     *
     * @param file the file
     * @return the document it describes
     * @throws MarkdownException when the file cannot be read or its content is not right; the
     *                           exception names the file, line and column
     */
    public Document read(Path file) {
        return ReadPipeline.read(Objects.requireNonNull(file, "file"), settings);
    }

    /**
     * Reads Markdown held in memory.
     *
     * @param markdown   the text
     * @param baseDir    the folder its images are found in, as a Markdown file's own folder would
     *                   be; null when it has none, and then any local image is an error
     * @param sourceName the name errors give for the text, such as its file name
     * @return the document it describes
     * @throws MarkdownException when the content is not right, naming the line and column
     */
    public Document read(String markdown, Path baseDir, String sourceName) {
        return ReadPipeline.read(Objects.requireNonNull(markdown, "markdown"), baseDir,
                sourceName == null ? "<markdown>" : sourceName, settings);
    }

    /** @return the input limits */
    public MarkdownLimits limits() {
        return limits;
    }

    /** @return the image limits */
    public ImageLimits imageLimits() {
        return imageLimits;
    }

    /** @return whether http(s) images are fetched */
    public boolean allowsRemoteImages() {
        return allowRemoteImages;
    }

    /** Sets up a {@link MarkdownReader}; each setting has a safe default. */
    public static final class Builder {
        private MarkdownLimits limits = MarkdownLimits.DEFAULT;
        private ImageLimits imageLimits = ImageLimits.DEFAULT;
        private boolean allowRemoteImages;

        private Builder() {
        }

        /** @param value input bounds; default {@link MarkdownLimits#DEFAULT}; @return this builder */
        public Builder limits(MarkdownLimits value) {
            limits = Objects.requireNonNull(value, "limits");
            return this;
        }

        /** @param value image bounds; default {@link ImageLimits#DEFAULT}; @return this builder */
        public Builder imageLimits(ImageLimits value) {
            imageLimits = Objects.requireNonNull(value, "imageLimits");
            return this;
        }

        /**
         * @param value whether to fetch {@code http(s)} images (default false: they are refused
         *              with an error). Fetching reaches whatever host the Markdown names, internal
         *              ones included; allow it only for Markdown you trust.
         * @return this builder
         */
        public Builder allowRemoteImages(boolean value) {
            allowRemoteImages = value;
            return this;
        }

        /** @return the reader */
        public MarkdownReader build() {
            return new MarkdownReader(this);
        }
    }
}

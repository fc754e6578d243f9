package org.briefkit.pdf;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * How {@link PdfRenderer} treats what the theme alone does not settle: a character that no font
 * has, and whether fonts installed on the machine may stand in for characters the theme's fonts
 * lack. Immutable; build one with {@link #builder()}.
 *
 * <pre>{@code
 * PdfOptions strict = PdfOptions.builder().missingGlyphs(PdfOptions.MissingGlyphs.FAIL).build();
 * }</pre>
 */
public final class PdfOptions {
    private static final System.Logger LOG = System.getLogger("org.briefkit.pdf");
    private static final Consumer<String> LOGGER = message -> LOG.log(System.Logger.Level.WARNING, message);
    private static final PdfOptions DEFAULTS = builder().build();

    /** What to do with a character for which no font has a glyph. */
    public enum MissingGlyphs {
        /** Draw the font's .notdef glyph (a box) and report the character to the warning sink. */
        REPORT,
        /** Fail the render with a {@link org.briefkit.RenderException} naming the character and the block. */
        FAIL
    }

    private final MissingGlyphs missingGlyphs;
    private final Consumer<String> warnings;
    private final boolean systemFonts;
    private final List<Path> fontFolders;

    private PdfOptions(Builder b) {
        this.missingGlyphs = b.missingGlyphs;
        this.warnings = b.warnings;
        this.systemFonts = b.systemFonts;
        this.fontFolders = List.copyOf(b.fontFolders);
    }

    /** @return the defaults: report missing characters to {@link System.Logger}, search installed fonts */
    public static PdfOptions defaults() {
        return DEFAULTS;
    }

    /** @return a builder starting from the defaults */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding these options */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.missingGlyphs = missingGlyphs;
        b.warnings = warnings;
        b.systemFonts = systemFonts;
        b.fontFolders.addAll(fontFolders);
        return b;
    }

    /** @return what happens to a character no font has */
    public MissingGlyphs missingGlyphs() {
        return missingGlyphs;
    }

    /** @return where warnings go (a missing character, a theme font that is not installed) */
    public Consumer<String> warnings() {
        return warnings;
    }

    /** @return whether fonts installed on the machine are searched for characters the theme's fonts lack */
    public boolean systemFonts() {
        return systemFonts;
    }

    /** @return extra folders of fonts, searched before the usual ones (only when system fonts are searched) */
    public List<Path> fontFolders() {
        return fontFolders;
    }

    /** Builds {@link PdfOptions}. */
    public static final class Builder {
        private MissingGlyphs missingGlyphs = MissingGlyphs.REPORT;
        private Consumer<String> warnings = LOGGER;
        private boolean systemFonts = true;
        private final List<Path> fontFolders = new ArrayList<>();

        private Builder() {
        }

        /** @param value what to do with a character no font has; @return this builder */
        public Builder missingGlyphs(MissingGlyphs value) {
            missingGlyphs = Objects.requireNonNull(value, "missingGlyphs");
            return this;
        }

        /** @param value where warnings go; called from the rendering thread; @return this builder */
        public Builder warnings(Consumer<String> value) {
            warnings = Objects.requireNonNull(value, "warnings");
            return this;
        }

        /** @param value whether installed fonts are searched; @return this builder */
        public Builder systemFonts(boolean value) {
            systemFonts = value;
            return this;
        }

        /** @param folder an extra folder of fonts; @return this builder */
        public Builder fontFolder(Path folder) {
            fontFolders.add(Objects.requireNonNull(folder, "folder"));
            return this;
        }

        /** @return the options */
        public PdfOptions build() {
            return new PdfOptions(this);
        }
    }
}

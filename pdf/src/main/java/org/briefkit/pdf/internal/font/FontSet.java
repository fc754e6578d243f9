package org.briefkit.pdf.internal.font;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.briefkit.theme.FontFamily;
import org.briefkit.theme.FontStyle;
import org.briefkit.theme.Fonts;

/**
 * The fonts of one render: the theme's families resolved to faces, and the choice of a face for
 * each character. A character is set in the family asked for when it has a glyph; otherwise in
 * the first of the theme's fallback families that has one; otherwise in the first installed font
 * that has one (when system fonts are searched); otherwise it is reported, once per character,
 * and drawn as the family's .notdef glyph. Not thread-safe: one per render.
 */
public final class FontSet {
    private static final Fonts DEFAULTS = Fonts.LIBERATION;

    /** A character no font has: which one, and where it was met. */
    public record Missing(int codePoint, String where, List<String> tried) {
        /** @return the character as {@code U+XXXX} */
        public String label() {
            return String.format("U+%04X", codePoint);
        }
    }

    private final Fonts fonts;
    private final SystemFonts system;
    private final Consumer<Missing> onMissing;
    private final Consumer<String> warnings;
    private final Map<FontFamily, FontFace[]> primary = new java.util.IdentityHashMap<>();
    private final Map<FontFamily, Optional<FontFace>[]> fallbackFaces = new java.util.IdentityHashMap<>();
    private final Map<Long, FontFace> chosen = new HashMap<>();
    private final Map<FontFace, Integer> ids = new HashMap<>();
    private final Set<Integer> reported = new HashSet<>();
    private final Set<String> unresolved = new HashSet<>();
    private FontFamily lastFamily;
    private FontStyle lastStyle;
    private FontFace lastFace;

    /**
     * @param fonts     the theme's fonts
     * @param system    installed fonts to search after the theme's, or null for none
     * @param onMissing told of each character no font has, once per character
     * @param warnings  told of a theme family that is not installed
     */
    public FontSet(Fonts fonts, SystemFonts system, Consumer<Missing> onMissing, Consumer<String> warnings) {
        this.fonts = fonts;
        this.system = system;
        this.onMissing = onMissing;
        this.warnings = warnings;
    }

    /** @return the theme's fonts */
    public Fonts fonts() {
        return fonts;
    }

    /**
     * @param family a theme family
     * @param style  the face wanted
     * @return the face that sets text in it (the nearest face the family has)
     */
    public FontFace face(FontFamily family, FontStyle style) {
        if (family == lastFamily && style == lastStyle) {
            return lastFace; // text asks for the same face word after word
        }
        FontFace[] faces = primary.computeIfAbsent(family, f -> new FontFace[FontStyle.values().length]);
        FontFace face = faces[style.ordinal()];
        if (face == null) {
            face = resolve(family, style).orElseGet(() -> {
                if (unresolved.add(family.name())) {
                    warnings.accept("font family '" + family.name() + "' is not installed; using "
                            + substitute(family).name() + " instead");
                }
                return FontLibrary.load(substitute(family).file(style));
            });
            faces[style.ordinal()] = face;
        }
        lastFamily = family;
        lastStyle = style;
        lastFace = face;
        return face;
    }

    private FontFamily substitute(FontFamily family) {
        if (family.equals(fonts.mono())) {
            return DEFAULTS.mono();
        }
        return family.equals(fonts.heading()) ? DEFAULTS.heading() : DEFAULTS.body();
    }

    private Optional<FontFace> resolve(FontFamily family, FontStyle style) {
        if (!family.isInstalled()) {
            return Optional.of(FontLibrary.load(family.file(style)));
        }
        return system == null ? Optional.empty() : system.family(family.name(), style);
    }

    /**
     * @param face a face
     * @return a small number naming the face within this render, in order of first use
     */
    public int id(FontFace face) {
        return ids.computeIfAbsent(face, f -> ids.size());
    }

    /**
     * Chooses the face for one character.
     *
     * @param family    the family the text asks for
     * @param style     its face
     * @param base      {@code face(family, style)}
     * @param codePoint the character
     * @param where     describes the block, for the report of a missing character
     * @return the face to set it in
     */
    public FontFace faceFor(FontFamily family, FontStyle style, FontFace base, int codePoint, Supplier<String> where) {
        if (base.has(codePoint) || isInvisible(codePoint)) {
            return base;
        }
        long key = ((long) id(base) << 32) | (codePoint & 0xFFFFFFFFL);
        FontFace face = chosen.get(key);
        if (face == null) {
            face = fallback(style, codePoint);
            if (face == null) {
                face = base;
                if (reported.add(codePoint)) {
                    onMissing.accept(new Missing(codePoint, where.get(), tried(family)));
                }
            }
            chosen.put(key, face);
        }
        return face;
    }

    private FontFace fallback(FontStyle style, int codePoint) {
        for (FontFamily family : fonts.fallbacks()) {
            @SuppressWarnings("unchecked")
            Optional<FontFace>[] faces = fallbackFaces.computeIfAbsent(family,
                    f -> (Optional<FontFace>[]) new Optional<?>[FontStyle.values().length]);
            if (faces[style.ordinal()] == null) {
                faces[style.ordinal()] = resolve(family, style);
            }
            Optional<FontFace> face = faces[style.ordinal()];
            if (face.isPresent() && face.get().has(codePoint)) {
                return face.get();
            }
        }
        if (system != null) {
            return system.covering(codePoint, style).orElse(null);
        }
        return null;
    }

    private List<String> tried(FontFamily family) {
        List<String> out = new ArrayList<>();
        out.add(family.name());
        for (FontFamily f : fonts.fallbacks()) {
            boolean missing = f.isInstalled()
                    && (system == null || system.family(f.name(), FontStyle.REGULAR).isEmpty());
            out.add(f.name() + (missing ? " (not installed)" : ""));
        }
        out.add(system == null ? "installed fonts not searched" : "every installed font");
        return out;
    }

    /**
     * Splits text into runs of one face each, choosing per character; marks and joiners stay
     * with the character before them.
     *
     * @param text   the characters
     * @param from   the first index
     * @param to     one past the last index
     * @param family the family asked for
     * @param style  its face
     * @param where  describes the block, for reports
     * @param out    told of each run: its start, end and face
     */
    public void segment(CharSequence text, int from, int to, FontFamily family, FontStyle style, Supplier<String> where,
            SegmentSink out) {
        FontFace base = face(family, style);
        FontFace current = null;
        int start = from;
        for (int i = from; i < to; ) {
            int c = Character.codePointAt(text, i);
            FontFace face;
            if (current == base && base.has(c)) {
                face = base; // what each test below gives when the face asked for has the character
            } else if (current != null && (isMark(c) || isInvisible(c)) && current.has(c)) {
                face = current;
            } else if (current != null && isInvisible(c)) {
                face = current;
            } else {
                face = faceFor(family, style, base, c, where);
            }
            if (face != current) {
                if (current != null) {
                    out.run(start, i, current);
                }
                current = face;
                start = i;
            }
            i += Character.charCount(c);
        }
        if (current != null) {
            out.run(start, to, current);
        }
    }

    /** Receives the runs {@link #segment} finds. */
    @FunctionalInterface
    public interface SegmentSink {
        /** @param start first index; @param end one past the last; @param face the face for it */
        void run(int start, int end, FontFace face);
    }

    private static boolean isMark(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    /** Spaces, joiners and other characters that draw nothing of their own: never a reason to switch fonts. */
    static boolean isInvisible(int c) {
        return Character.isSpaceChar(c) || c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060'
                || c == '\uFEFF' || c == '\u00AD' || (c >= 0xFE00 && c <= 0xFE0F)
                || Character.getType(c) == Character.CONTROL;
    }
}

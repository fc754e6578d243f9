package org.briefkit.pdf.internal.layout;

import java.util.Locale;
import java.util.function.Supplier;
import org.briefkit.pdf.internal.font.FontSet;
import org.briefkit.pdf.internal.text.Hyphenation;
import org.briefkit.theme.Theme;

/** What every block of one render shares: theme, styles, fonts, hyphenation, notes, heading numbers. */
final class LayoutEnv {
    final Theme theme;
    final Styles styles;
    final FontSet fonts;
    final Hyphenation hyphenation;
    final Locale language;
    final NoteRegistry notes;
    private final int[] counters = new int[6];
    private int generated;
    Supplier<String> where = () -> "the document";

    LayoutEnv(Theme theme, FontSet fonts, Hyphenation hyphenation, Locale language, boolean endnotes) {
        this.theme = theme;
        this.styles = new Styles(theme);
        this.fonts = fonts;
        this.hyphenation = hyphenation;
        this.language = language;
        this.notes = new NoteRegistry(endnotes);
    }

    /** @return the number of a heading at this level ("2.1"), counting it */
    String number(int level) {
        counters[level - 1]++;
        for (int i = level; i < counters.length; i++) {
            counters[i] = 0;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < level; i++) {
            if (i > 0) {
                out.append('.');
            }
            out.append(Math.max(1, counters[i]));
        }
        return out.toString();
    }

    /** @return a destination name no model id can take (ids cannot contain '/') */
    String generatedDestination(String kind) {
        return "_bk/" + kind + "/" + (++generated);
    }

    float textHeight() {
        return (float) theme.textHeight();
    }
}

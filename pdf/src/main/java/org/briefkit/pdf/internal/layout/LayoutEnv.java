package org.briefkit.pdf.internal.layout;

import java.util.Locale;
import java.util.function.Supplier;
import org.briefkit.compose.Headings;
import org.briefkit.pdf.internal.font.FontSet;
import org.briefkit.pdf.internal.text.Hyphenation;
import org.briefkit.theme.Theme;

/**
 * What every block of one render shares: theme, styles, fonts, hyphenation, notes, and the
 * document's headings with the anchors and numbers both renderers give them.
 */
final class LayoutEnv {
    final Theme theme;
    final Styles styles;
    final FontSet fonts;
    final Hyphenation hyphenation;
    final Locale language;
    final NoteRegistry notes;
    final Headings headings;
    private int generated;
    Supplier<String> where = () -> "the document";

    LayoutEnv(Theme theme, FontSet fonts, Hyphenation hyphenation, Locale language, boolean endnotes,
            Headings headings) {
        this.theme = theme;
        this.styles = new Styles(theme);
        this.fonts = fonts;
        this.hyphenation = hyphenation;
        this.language = language;
        this.notes = new NoteRegistry(endnotes);
        this.headings = headings;
    }

    /** @return a destination name no model id can take (ids cannot contain '/') */
    String generatedDestination(String kind) {
        return "_bk/" + kind + "/" + (++generated);
    }

    float textHeight() {
        return (float) theme.textHeight();
    }
}

package org.briefkit.pdf.internal.layout;

import org.briefkit.pdf.internal.text.LineSetter.Align;
import org.briefkit.pdf.internal.text.TextStyle;
import org.briefkit.theme.FontStyle;
import org.briefkit.theme.Fonts;
import org.briefkit.theme.Palette;
import org.briefkit.theme.Theme;
import org.briefkit.theme.TypeScale;

/**
 * The paragraph styles of a render, derived from the theme in one place: a serif body, sans
 * headings in the accent colour, notes and captions smaller, code in the monospace family. The
 * spacing follows the theme's paragraph gap and leading, scaled for each size.
 */
public final class Styles {
    /**
     * How a kind of paragraph looks.
     *
     * @param text        the base text style
     * @param leading     baseline to baseline, in points
     * @param align       how lines sit in the measure
     * @param spaceBefore space above, in points
     * @param spaceAfter  space below, in points
     */
    public record ParagraphStyle(TextStyle text, float leading, Align align, float spaceBefore, float spaceAfter) {
        /** @return this style with another alignment */
        public ParagraphStyle withAlign(Align value) {
            return new ParagraphStyle(text, leading, value, spaceBefore, spaceAfter);
        }

        /** @return this style at another size, leading scaled alike */
        public ParagraphStyle scaled(float size) {
            float factor = size / text.size();
            return new ParagraphStyle(text.withSize(size), leading * factor, align, spaceBefore * factor,
                    spaceAfter * factor);
        }

        /** @return this style with other text */
        public ParagraphStyle withText(TextStyle value) {
            return new ParagraphStyle(value, leading, align, spaceBefore, spaceAfter);
        }

        /** @return this style with another leading */
        public ParagraphStyle withLeading(float value) {
            return new ParagraphStyle(text, value, align, spaceBefore, spaceAfter);
        }

        /** @return this style with other spacing */
        public ParagraphStyle spaced(float before, float after) {
            return new ParagraphStyle(text, leading, align, before, after);
        }
    }

    private final Theme theme;
    private final ParagraphStyle body;
    private final ParagraphStyle[] headings = new ParagraphStyle[6];

    /** @param theme the theme to derive the styles from */
    public Styles(Theme theme) {
        this.theme = theme;
        TypeScale type = theme.type();
        Palette palette = theme.palette();
        Fonts fonts = theme.fonts();
        float size = (float) type.body();
        TextStyle bodyText = new TextStyle(fonts.body(), FontStyle.REGULAR, size, palette.text(), 0, false, false,
                theme.hyphenate());
        body = new ParagraphStyle(bodyText, (float) type.bodyLeading(), theme.justify() ? Align.JUSTIFY : Align.LEFT,
                0, (float) type.paragraphGap());
        for (int level = 1; level <= 6; level++) {
            float s = (float) type.heading(level);
            TextStyle t = new TextStyle(fonts.heading(), level <= 4 ? FontStyle.BOLD : FontStyle.BOLD_ITALIC, s,
                    level <= 3 ? palette.accent() : palette.text(), 0, false, false, false);
            float leading = s * 1.2f;
            float before = Math.max(size * 1.1f, s * (level == 1 ? 1.15f : 1.0f));
            float after = Math.max((float) type.paragraphGap() * 0.75f, s * 0.35f);
            headings[level - 1] = new ParagraphStyle(t, leading, Align.LEFT, before, after);
        }
    }

    /** @return the theme */
    public Theme theme() {
        return theme;
    }

    /** @return running text */
    public ParagraphStyle body() {
        return body;
    }

    /** @param level 1 to 6; @return that heading's style */
    public ParagraphStyle heading(int level) {
        return headings[Math.max(1, Math.min(6, level)) - 1];
    }

    /** @return the document title on the first page */
    public ParagraphStyle title() {
        float s = (float) theme.type().title();
        TextStyle t = new TextStyle(theme.fonts().heading(), FontStyle.BOLD, s, theme.palette().accent(), 0, false,
                false, false);
        return new ParagraphStyle(t, s * 1.12f, Align.LEFT, 0, s * 0.3f);
    }

    /** @return the subtitle under the title */
    public ParagraphStyle subtitle() {
        float s = (float) theme.type().subtitle();
        TextStyle t = new TextStyle(theme.fonts().heading(), FontStyle.REGULAR, s, theme.palette().muted(), 0, false,
                false, false);
        return new ParagraphStyle(t, s * 1.25f, Align.LEFT, 0, s * 0.6f);
    }

    /** @return authors and date under the title */
    public ParagraphStyle byline() {
        float s = (float) theme.type().body();
        TextStyle t = new TextStyle(theme.fonts().heading(), FontStyle.REGULAR, s, theme.palette().text(), 0, false,
                false, false);
        return new ParagraphStyle(t, s * 1.35f, Align.LEFT, 0, 2);
    }

    /** @return footnotes and endnotes */
    public ParagraphStyle note() {
        float s = (float) theme.type().note();
        return new ParagraphStyle(body.text().withSize(s), s * 1.3f, body.align(), 0, s * 0.3f);
    }

    /** @return figure and table captions */
    public ParagraphStyle caption() {
        float s = (float) theme.type().caption();
        TextStyle t = new TextStyle(theme.fonts().heading(), FontStyle.BOLD, s, theme.palette().text(), 0, false,
                false, theme.hyphenate());
        return new ParagraphStyle(t, s * 1.3f, Align.LEFT, 4, 4);
    }

    /** @return credit and source lines under figures */
    public ParagraphStyle credit() {
        float s = (float) theme.type().caption() - 0.5f;
        TextStyle t = new TextStyle(theme.fonts().heading(), FontStyle.ITALIC, s, theme.palette().muted(), 0, false,
                false, theme.hyphenate());
        return new ParagraphStyle(t, s * 1.3f, Align.LEFT, 2, 0);
    }

    /** @return table body cells */
    public ParagraphStyle cell() {
        float s = (float) theme.type().caption();
        TextStyle t = new TextStyle(theme.fonts().heading(), FontStyle.REGULAR, s, theme.palette().text(), 0, false,
                false, theme.hyphenate());
        return new ParagraphStyle(t, s * 1.3f, Align.LEFT, 0, s * 0.4f);
    }

    /** @return table header cells */
    public ParagraphStyle headerCell() {
        ParagraphStyle c = cell();
        return c.withText(c.text().bold());
    }

    /** @return code blocks */
    public ParagraphStyle code() {
        float s = (float) theme.type().code();
        TextStyle t = new TextStyle(theme.fonts().mono(), FontStyle.REGULAR, s, theme.palette().text(), 0, false,
                false, false);
        return new ParagraphStyle(t, s * 1.35f, Align.LEFT, 0, 0);
    }

    /** @return pull quotes */
    public ParagraphStyle pullQuote() {
        float s = (float) theme.type().pullQuote();
        TextStyle t = new TextStyle(theme.fonts().body(), FontStyle.ITALIC, s, theme.palette().accent(), 0, false,
                false, false);
        return new ParagraphStyle(t, s * 1.25f, Align.CENTER, s * 0.9f, s * 0.9f);
    }

    /** @return attributions of quotes */
    public ParagraphStyle attribution() {
        float s = (float) theme.type().caption() + 0.5f;
        TextStyle t = new TextStyle(theme.fonts().heading(), FontStyle.REGULAR, s, theme.palette().muted(), 0, false,
                false, false);
        return new ParagraphStyle(t, s * 1.3f, Align.RIGHT, 2, 0);
    }

    /** @return the title of a callout box */
    public ParagraphStyle calloutTitle() {
        float s = (float) theme.type().body() + 0.5f;
        TextStyle t = new TextStyle(theme.fonts().heading(), FontStyle.BOLD, s, theme.palette().accent(), 0, false,
                false, false);
        return new ParagraphStyle(t, s * 1.3f, Align.LEFT, 0, (float) theme.type().paragraphGap() * 0.6f);
    }

    /** @return running headers and footers */
    public TextStyle running() {
        return new TextStyle(theme.fonts().heading(), FontStyle.REGULAR, (float) theme.type().running(),
                theme.palette().muted(), 0, false, false, false);
    }
}

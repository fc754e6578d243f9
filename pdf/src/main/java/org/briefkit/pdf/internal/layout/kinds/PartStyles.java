package org.briefkit.pdf.internal.layout.kinds;

import org.briefkit.pdf.internal.layout.Styles;
import org.briefkit.pdf.internal.layout.Styles.ParagraphStyle;
import org.briefkit.pdf.internal.text.LineSetter.Align;
import org.briefkit.pdf.internal.text.TextStyle;
import org.briefkit.theme.FontFamily;
import org.briefkit.theme.FontStyle;
import org.briefkit.theme.Palette;
import org.briefkit.theme.Rgb;
import org.briefkit.theme.Theme;
import org.briefkit.theme.TypeScale;

/**
 * The styles of the parts a layout adds around the model's blocks (letterhead, release line,
 * contacts, cover, contents, "About", "Read more", back cover), derived from the theme's sizes
 * and colours as {@link Styles} derives the blocks' own: the heading font for labels and
 * display type, the body font for running text, one accent colour, muted secondary text. The
 * sizes follow the DOCX's styles of the same names (docs/LAYOUTS.md).
 */
final class PartStyles {
    private final Theme theme;
    private final Styles styles;
    private final TypeScale type;
    private final Palette palette;
    private final FontFamily sans;
    private final FontFamily serif;
    /** The largest body size of a press release or a brief. */
    static final float RELEASE_BODY = 10.5f;
    /** The largest leading of a press release's body, as a multiple of its size. */
    static final float RELEASE_LEADING = 1.25f;

    PartStyles(Styles styles) {
        this.styles = styles;
        this.theme = styles.theme();
        this.type = theme.type();
        this.palette = theme.palette();
        this.sans = theme.fonts().heading();
        this.serif = theme.fonts().body();
    }

    Styles blocks() {
        return styles;
    }

    Theme theme() {
        return theme;
    }

    Palette palette() {
        return palette;
    }

    /** @return the theme's gap between paragraphs */
    float gap() {
        return (float) type.paragraphGap();
    }

    float body() {
        return (float) type.body();
    }

    float caption() {
        return (float) type.caption();
    }

    /** Halfway between the body and caption sizes: "About" text and "Read more" summaries. */
    float small() {
        return (float) (type.body() + type.caption()) / 2;
    }

    private TextStyle text(FontFamily family, FontStyle face, float size, Rgb colour) {
        return new TextStyle(family, face, size, colour, 0, false, false, false);
    }

    private static ParagraphStyle style(TextStyle text, float leading, float before, float after) {
        return new ParagraphStyle(text, leading, Align.LEFT, before, after);
    }

    // ---------------------------------------------------------------- press release

    /** The organization's name across the top, in capitals, in the accent colour. */
    ParagraphStyle letterhead() {
        float s = caption() + 0.5f;
        return style(text(sans, FontStyle.BOLD, s, palette.accent()), s * 1.3f, 0, 0);
    }

    /** The program label after the name in the letterhead: regular, muted. */
    TextStyle programLabel() {
        return text(sans, FontStyle.REGULAR, caption() + 0.5f, palette.muted());
    }

    /** "FOR IMMEDIATE RELEASE": bold capitals at caption size. */
    ParagraphStyle releaseLine() {
        float s = caption();
        return style(text(sans, FontStyle.BOLD, s, palette.text()), s * 1.3f, 0, gap() * 0.5f);
    }

    /** "Media contact". */
    ParagraphStyle contactLabel() {
        float s = caption() - 0.5f;
        return style(text(sans, FontStyle.BOLD, s, palette.text()), s * 1.3f, 0, 0);
    }

    /** One contact's lines. */
    ParagraphStyle contact() {
        float s = caption() - 0.5f;
        return style(text(sans, FontStyle.REGULAR, s, palette.muted()), s * 1.3f, 0, gap() * 0.5f);
    }

    /** The headline: bold, in the accent colour, 18 pt for the default scale (releases use 14-18 pt). */
    ParagraphStyle headline() {
        float s = Math.round((float) type.title() * 0.7f * 2) / 2f;
        return style(text(sans, FontStyle.BOLD, s, palette.accent()), s * 1.12f, 0, s * 0.3f);
    }

    /** The subhead under the headline. */
    ParagraphStyle subhead() {
        float s = Math.round((float) type.subtitle() * 0.8f * 2) / 2f;
        return style(text(sans, FontStyle.REGULAR, s, palette.muted()), s * 1.25f, 0, gap() * 1.2f);
    }

    /**
     * A press release's running text: the theme's body, but no larger than 10.5 pt on 13 pt
     * (a leading of 1.25 at most), so a typical 400-500 word release with its letterhead,
     * contacts, card and boilerplate fits one page.
     */
    ParagraphStyle releaseBody() {
        ParagraphStyle b = styles.body();
        if (b.text().size() > RELEASE_BODY) {
            b = b.scaled(RELEASE_BODY);
        }
        float size = b.text().size();
        float leading = Math.min(b.leading(), size * RELEASE_LEADING);
        return new ParagraphStyle(b.text(), leading, b.align(), b.spaceBefore(), b.spaceAfter());
    }

    /**
     * A brief's running text: the theme's body, but no larger than 10.5 pt (its leading scaled
     * alike), so a brief of about 3,000 words with its figures, notes and authors stays within
     * six pages, as policy briefs do.
     */
    ParagraphStyle briefBody() {
        ParagraphStyle b = styles.body();
        return b.text().size() > RELEASE_BODY ? b.scaled(RELEASE_BODY) : b;
    }

    /** "About the organization". */
    ParagraphStyle aboutHeading() {
        float s = body() - 0.5f;
        return style(text(sans, FontStyle.BOLD, s, palette.text()), s * 1.25f, gap() * 1.5f, gap() * 0.3f);
    }

    /** The boilerplate and the organization's address, smaller than the body. */
    ParagraphStyle about() {
        float s = caption() + 0.5f;
        ParagraphStyle b = styles.body();
        return new ParagraphStyle(b.text().withSize(s), s * (float) type.lineHeight(), b.align(), 0, gap() * 0.5f);
    }

    /** "Read more", the card's label: bold capitals in the accent colour. */
    ParagraphStyle readMoreLabel() {
        float s = caption() - 0.5f;
        return style(text(sans, FontStyle.BOLD, s, palette.accent()), s * 1.3f, 0, gap() * 0.3f);
    }

    /** A related item's title, linked. */
    ParagraphStyle readMoreItem() {
        float s = body() - 1;
        return style(text(sans, FontStyle.BOLD, s, palette.link()), s * 1.22f, 0, gap() * 0.2f);
    }

    /** A related item's one-line summary. */
    ParagraphStyle readMore() {
        float s = caption();
        return style(text(sans, FontStyle.REGULAR, s, palette.muted()), s * 1.3f, 0, gap() * 0.6f);
    }

    /** The end mark, centred, in the body's style ({@code body}: a press release's own). */
    ParagraphStyle endMark(ParagraphStyle body) {
        ParagraphStyle b = body;
        return new ParagraphStyle(b.text(), b.leading(), Align.CENTER, gap() * 1.2f, 0);
    }

    // ---------------------------------------------------------------- cover, title block, back cover

    /** The program label on a cover: bold capitals in the accent colour. */
    ParagraphStyle coverProgram() {
        float s = caption() + 1;
        return style(text(sans, FontStyle.BOLD, s, palette.accent()), s * 1.3f, 0, 0);
    }

    /** The title on a title block. */
    ParagraphStyle title() {
        return styles.title();
    }

    /** The title in a brief's cover band: a little larger than the theme's title (30 pt for the default scale). */
    ParagraphStyle bandTitle() {
        ParagraphStyle t = styles.title();
        float s = Math.round(t.text().size() * 1.15f);
        return new ParagraphStyle(t.text().withSize(s), s * 1.1f, Align.LEFT, 0, s * 0.25f);
    }

    /** The title on a cover: larger than the theme's title (36 pt for the default scale), set tight. */
    ParagraphStyle coverTitle() {
        ParagraphStyle t = styles.title();
        float s = Math.round(t.text().size() * 1.4f);
        return new ParagraphStyle(t.text().withSize(s), s * 1.08f, Align.LEFT, 0, s * 0.35f);
    }

    /** The subtitle on a cover or title block. */
    ParagraphStyle subtitle() {
        return styles.subtitle();
    }

    /** An author's name on a cover. */
    TextStyle coverAuthor() {
        return text(sans, FontStyle.BOLD, body(), palette.text());
    }

    /** An author's role on a cover, after the name. */
    TextStyle coverRole() {
        return text(sans, FontStyle.REGULAR, body(), palette.muted());
    }

    /** The authors' lines on a cover. */
    ParagraphStyle coverAuthors() {
        return style(coverRole(), body() * 1.4f, 0, 0);
    }

    /** The date on a cover. */
    ParagraphStyle coverDate() {
        return style(text(sans, FontStyle.REGULAR, body(), palette.muted()), body() * 1.4f, 0, 0);
    }

    /** The organization's name at the foot of a cover, in the accent colour as in the DOCX. */
    ParagraphStyle coverOrganization() {
        float s = body() + 1;
        return style(text(sans, FontStyle.BOLD, s, palette.accent()), s * 1.3f, 0, 0);
    }

    /** The copyright and license lines. */
    ParagraphStyle copyright() {
        float s = caption();
        ParagraphStyle b = styles.body();
        return new ParagraphStyle(b.text().withSize(s).withColour(palette.muted()), s * 1.35f, Align.LEFT, 0,
                gap() * 0.5f);
    }

    /** The organization's name on the back cover. */
    ParagraphStyle backCoverTitle() {
        float s = (float) type.heading(2);
        return style(text(sans, FontStyle.BOLD, s, palette.accent()), s * 1.2f, 0, gap());
    }

    /** The back cover's boilerplate, address and website. */
    ParagraphStyle backCover() {
        float s = small();
        return style(text(sans, FontStyle.REGULAR, s, palette.text()), s * 1.4f, 0, gap());
    }

    /** The organization's name in a brief's closing panel. */
    ParagraphStyle panelTitle() {
        float s = body() + 1;
        return style(text(sans, FontStyle.BOLD, s, palette.accent()), s * 1.25f, 0, gap() * 0.5f);
    }

    /** The boilerplate, address and website in a brief's closing panel. */
    ParagraphStyle panel() {
        float s = caption();
        return style(text(sans, FontStyle.REGULAR, s, palette.text()), s * 1.35f, 0, gap() * 0.5f);
    }

    // ---------------------------------------------------------------- contents, authors

    /** A table-of-contents entry of a level: level 1 in the heading font, bold; the rest in the body font. */
    ParagraphStyle contents(int level) {
        if (level <= 1) {
            float s = body();
            return style(text(sans, FontStyle.BOLD, s, palette.text()), s * 1.3f, gap() * 1.4f, gap() * 0.3f);
        }
        float s = level == 2 ? body() : body() - 0.5f;
        return style(text(serif, FontStyle.REGULAR, s, palette.text()), s * 1.3f, 0, gap() * 0.3f);
    }

    /** An author's name under "About the Authors", and the line it opens. */
    ParagraphStyle authorName() {
        float s = body();
        return style(text(sans, FontStyle.BOLD, s, palette.text()), s * 1.3f, gap() * 1.6f, gap() * 0.3f);
    }

    /** An author's role, after the name on its line. */
    ParagraphStyle authorRole() {
        float s = caption() + 0.5f;
        return style(text(sans, FontStyle.REGULAR, s, palette.muted()), s * 1.35f, 0, gap() * 0.3f);
    }
}

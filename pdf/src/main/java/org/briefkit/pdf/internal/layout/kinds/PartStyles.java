package org.briefkit.pdf.internal.layout.kinds;

import org.briefkit.compose.PartSizes;
import org.briefkit.model.DocumentKind;
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
 * contacts, cover, contents, "About", "Read more", back cover) and the running text of the
 * document's kind. Their sizes are core's {@link PartSizes}, which the DOCX's styles of the same
 * names read too (docs/LAYOUTS.md); fonts, colours and spacing are derived from the theme as
 * {@link Styles} derives the blocks' own: the heading font for labels and display type, the body
 * font for running text, one accent colour, muted secondary text.
 */
final class PartStyles {
    private final Theme theme;
    private final Styles styles;
    private final PartSizes sizes;
    private final TypeScale type;
    private final Palette palette;
    private final FontFamily sans;
    private final FontFamily serif;

    PartStyles(Styles styles, DocumentKind kind) {
        this.styles = styles;
        this.theme = styles.theme();
        this.sizes = PartSizes.of(theme, kind);
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

    /** @return the sizes of the parts */
    PartSizes sizes() {
        return sizes;
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

    /** Halfway between the body and caption sizes. */
    float small() {
        return (float) sizes.small();
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
        float s = (float) sizes.letterhead();
        return style(text(sans, FontStyle.BOLD, s, palette.accent()), s * 1.3f, 0, 0);
    }

    /** The program label after the name in the letterhead: regular, muted. */
    TextStyle programLabel() {
        return text(sans, FontStyle.REGULAR, (float) sizes.letterhead(), palette.muted());
    }

    /** "FOR IMMEDIATE RELEASE": bold capitals at caption size. */
    ParagraphStyle releaseLine() {
        float s = (float) sizes.releaseLine();
        return style(text(sans, FontStyle.BOLD, s, palette.text()), s * 1.3f, 0, gap() * 0.5f);
    }

    /** "Media contact". */
    ParagraphStyle contactLabel() {
        float s = (float) sizes.contact();
        return style(text(sans, FontStyle.BOLD, s, palette.text()), s * 1.3f, 0, 0);
    }

    /** One contact's lines. */
    ParagraphStyle contact() {
        float s = (float) sizes.contact();
        return style(text(sans, FontStyle.REGULAR, s, palette.muted()), s * 1.3f, 0, gap() * 0.5f);
    }

    /** The headline: bold, in the accent colour, 18 pt for the default scale (releases use 14-18 pt). */
    ParagraphStyle headline() {
        float s = (float) sizes.headline();
        return style(text(sans, FontStyle.BOLD, s, palette.accent()), s * 1.12f, 0, s * 0.3f);
    }

    /** The subhead under the headline. */
    ParagraphStyle subhead() {
        float s = (float) sizes.subhead();
        return style(text(sans, FontStyle.REGULAR, s, palette.muted()), s * 1.25f, 0, gap() * 1.2f);
    }

    /**
     * The running text of the document's kind ({@link PartSizes#body()}, {@link PartSizes#bodyLeading()}):
     * a report's is the theme's body; a press release's or brief's is no larger than the theme's
     * compact body (10.5 pt), its spacing scaled alike, a release's on no more than 13 pt, so a
     * typical 400-500 word release with its letterhead, contacts, card and boilerplate fits one
     * page and a brief of about 3,000 words with its figures, notes and authors six.
     */
    ParagraphStyle running() {
        ParagraphStyle b = styles.body();
        float size = (float) sizes.body();
        if (b.text().size() > size) {
            b = b.scaled(size);
        }
        return b.withLeading((float) sizes.bodyLeading());
    }

    /** "About the organization". */
    ParagraphStyle aboutHeading() {
        float s = (float) sizes.aboutHeading();
        return style(text(sans, FontStyle.BOLD, s, palette.text()), s * 1.25f, gap() * 1.5f, gap() * 0.3f);
    }

    /** The boilerplate and the organization's address, smaller than the body. */
    ParagraphStyle about() {
        float s = (float) sizes.about();
        ParagraphStyle b = styles.body();
        return new ParagraphStyle(b.text().withSize(s), s * (float) type.lineHeight(), b.align(), 0, gap() * 0.5f);
    }

    /** "Read more", the card's label: bold capitals in the accent colour. */
    ParagraphStyle readMoreLabel() {
        float s = (float) sizes.readMoreLabel();
        return style(text(sans, FontStyle.BOLD, s, palette.accent()), s * 1.3f, 0, gap() * 0.3f);
    }

    /** A related item's title, linked. */
    ParagraphStyle readMoreItem() {
        float s = (float) sizes.readMoreItem();
        return style(text(sans, FontStyle.BOLD, s, palette.link()), s * 1.22f, 0, gap() * 0.2f);
    }

    /** A related item's one-line summary. */
    ParagraphStyle readMore() {
        float s = (float) sizes.readMore();
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
        float s = (float) sizes.coverProgram();
        return style(text(sans, FontStyle.BOLD, s, palette.accent()), s * 1.3f, 0, 0);
    }

    /** The title on a title block. */
    ParagraphStyle title() {
        return styles.title();
    }

    /** The title in a brief's cover band: a little larger than the theme's title (30 pt for the default scale). */
    ParagraphStyle bandTitle() {
        ParagraphStyle t = styles.title();
        float s = (float) sizes.bandTitle();
        return new ParagraphStyle(t.text().withSize(s), s * 1.1f, Align.LEFT, 0, s * 0.25f);
    }

    /** The title on a cover: larger than the theme's title (36 pt for the default scale), set tight. */
    ParagraphStyle coverTitle() {
        ParagraphStyle t = styles.title();
        float s = (float) sizes.coverTitle();
        return new ParagraphStyle(t.text().withSize(s), s * 1.08f, Align.LEFT, 0, s * 0.35f);
    }

    /** The subtitle on a cover or title block. */
    ParagraphStyle subtitle() {
        return styles.subtitle();
    }

    /** An author's name on a cover. */
    TextStyle coverAuthor() {
        return text(sans, FontStyle.BOLD, (float) sizes.coverAuthors(), palette.text());
    }

    /** An author's role on a cover, after the name. */
    TextStyle coverRole() {
        return text(sans, FontStyle.REGULAR, (float) sizes.coverAuthors(), palette.muted());
    }

    /** The authors' lines on a cover. */
    ParagraphStyle coverAuthors() {
        float s = (float) sizes.coverAuthors();
        return style(coverRole(), s * 1.4f, 0, 0);
    }

    /** The date on a cover. */
    ParagraphStyle coverDate() {
        float s = (float) sizes.coverAuthors();
        return style(text(sans, FontStyle.REGULAR, s, palette.muted()), s * 1.4f, 0, 0);
    }

    /** The organization's name at the foot of a cover, in the accent colour as in the DOCX. */
    ParagraphStyle coverOrganization() {
        float s = (float) sizes.coverOrganization();
        return style(text(sans, FontStyle.BOLD, s, palette.accent()), s * 1.3f, 0, 0);
    }

    /** The copyright and license lines. */
    ParagraphStyle copyright() {
        float s = (float) sizes.copyright();
        ParagraphStyle b = styles.body();
        return new ParagraphStyle(b.text().withSize(s).withColour(palette.muted()), s * 1.35f, Align.LEFT, 0,
                gap() * 0.5f);
    }

    /** The organization's name on the back cover. */
    ParagraphStyle backCoverTitle() {
        float s = (float) sizes.backCoverTitle();
        return style(text(sans, FontStyle.BOLD, s, palette.accent()), s * 1.2f, 0, gap());
    }

    /** The back cover's boilerplate, address and website. */
    ParagraphStyle backCover() {
        float s = (float) sizes.backCover();
        return style(text(sans, FontStyle.REGULAR, s, palette.text()), s * 1.4f, 0, gap());
    }

    /** The organization's name in a brief's closing panel. */
    ParagraphStyle panelTitle() {
        float s = (float) sizes.panelTitle();
        return style(text(sans, FontStyle.BOLD, s, palette.accent()), s * 1.25f, 0, gap() * 0.5f);
    }

    /** The boilerplate, address and website in a brief's closing panel. */
    ParagraphStyle panel() {
        float s = (float) sizes.panel();
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
        float s = (float) sizes.authorName();
        return style(text(sans, FontStyle.BOLD, s, palette.text()), s * 1.3f, gap() * 1.6f, gap() * 0.3f);
    }

    /** An author's role, after the name on its line. */
    ParagraphStyle authorRole() {
        float s = (float) sizes.authorRole();
        return style(text(sans, FontStyle.REGULAR, s, palette.muted()), s * 1.35f, 0, gap() * 0.3f);
    }
}

package org.briefkit.compose;

import java.util.Objects;
import org.briefkit.model.DocumentKind;
import org.briefkit.theme.Theme;
import org.briefkit.theme.TypeScale;

/**
 * The type sizes of one kind of document's parts, in points, derived from the theme's
 * {@link TypeScale} in one place, so the PDF and the DOCX set the same sizes: the running text of
 * the kind (press releases and briefs are set compact, at most {@link TypeScale#compactBody()}),
 * the title where the kind sets it (a release's headline, a brief's cover band, a report's cover
 * page), and the parts the layouts add around the text (letterhead, release line, contacts,
 * "About", "Read more", cover, copyright, back cover, authors). docs/LAYOUTS.md names the part
 * each size is for.
 *
 * <pre>{@code
 * PartSizes sizes = PartSizes.of(theme, DocumentKind.PRESS_RELEASE);
 * sizes.body();     // 10.5 for the default theme's 11 pt body
 * sizes.headline(); // 18
 * }</pre>
 */
public final class PartSizes {
    private final TypeScale type;
    private final DocumentKind kind;
    private final boolean cover;

    private PartSizes(TypeScale type, DocumentKind kind, boolean cover) {
        this.type = type;
        this.kind = kind;
        this.cover = cover;
    }

    /**
     * @param theme the theme
     * @param kind  the document's kind
     * @return the sizes of that kind's parts in that theme
     */
    public static PartSizes of(Theme theme, DocumentKind kind) {
        Objects.requireNonNull(theme, "theme");
        Objects.requireNonNull(kind, "kind");
        return new PartSizes(theme.type(), kind, theme.coverPage());
    }

    /** @return the kind these sizes are for */
    public DocumentKind kind() {
        return kind;
    }

    /** @return whether the kind is set compact: press releases and briefs */
    public boolean compact() {
        return kind != DocumentKind.REPORT;
    }

    // ---------------------------------------------------------------- running text

    /**
     * @return the size of the running text (paragraphs, lists, quotes, callouts): the theme's body
     *         in a report; in a press release or brief the theme's body but no larger than
     *         {@link TypeScale#compactBody()}
     */
    public double body() {
        return compact() ? Math.min(type.body(), type.compactBody()) : type.body();
    }

    /**
     * @return the leading of the running text: the theme's line height at {@link #body()}; in a
     *         press release no more than {@link TypeScale#compactLineHeight()} times the size
     *         (10.5 pt on 13 pt for the default theme), so a typical release fits one page
     */
    public double bodyLeading() {
        double leading = body() * type.lineHeight();
        return kind == DocumentKind.PRESS_RELEASE ? Math.min(leading, body() * type.compactLineHeight()) : leading;
    }

    /** @return the space between paragraphs of running text: the theme's, scaled as {@link #body()} is */
    public double paragraphGap() {
        return type.paragraphGap() * body() / type.body();
    }

    /** @return halfway between the theme's body and caption sizes */
    public double small() {
        return (type.body() + type.caption()) / 2;
    }

    // ---------------------------------------------------------------- title

    /**
     * @return the title's size where this kind sets it: a press release's headline, a brief's
     *         cover band, a report's cover page; the theme's title on a title block (no cover)
     */
    public double title() {
        if (kind == DocumentKind.PRESS_RELEASE) {
            return headline();
        }
        if (!cover) {
            return type.title();
        }
        return kind == DocumentKind.BRIEF ? bandTitle() : coverTitle();
    }

    /** @return the subtitle's size where this kind sets it: a press release's subhead, else the theme's subtitle */
    public double subtitle() {
        return kind == DocumentKind.PRESS_RELEASE ? subhead() : type.subtitle();
    }

    // ---------------------------------------------------------------- press release

    /** @return the letterhead (the organization in capitals, the program label): a little above caption size */
    public double letterhead() {
        return type.caption() + 0.5;
    }

    /** @return "FOR IMMEDIATE RELEASE": caption size */
    public double releaseLine() {
        return type.caption();
    }

    /** @return "Media contact" and each contact's lines: a little under caption size */
    public double contact() {
        return type.caption() - 0.5;
    }

    /** @return a press release's headline: 0.7 of the theme's title to the half point (18 pt for 26) */
    public double headline() {
        return Math.round(type.title() * 0.7 * 2) / 2.0;
    }

    /** @return a press release's subhead: 0.8 of the theme's subtitle to the half point (12 pt for 15) */
    public double subhead() {
        return Math.round(type.subtitle() * 0.8 * 2) / 2.0;
    }

    /** @return "About" the organization, the label: half a point under the theme's body */
    public double aboutHeading() {
        return type.body() - 0.5;
    }

    /** @return the boilerplate, address and website under "About": a little above caption size */
    public double about() {
        return type.caption() + 0.5;
    }

    /** @return "Read more", the card's label: a little under caption size */
    public double readMoreLabel() {
        return type.caption() - 0.5;
    }

    /** @return a related item's title in the card: a point under the theme's body */
    public double readMoreItem() {
        return type.body() - 1;
    }

    /** @return a related item's summary in the card: caption size */
    public double readMore() {
        return type.caption();
    }

    // ---------------------------------------------------------------- cover, copyright, back cover

    /** @return the program label on a cover, band or title block: a point above caption size */
    public double coverProgram() {
        return type.caption() + 1;
    }

    /** @return the title on a report's cover page: 1.4 times the theme's title, whole points (36 pt for 26) */
    public double coverTitle() {
        return Math.round(type.title() * 1.4);
    }

    /** @return the title in a brief's cover band: 1.15 times the theme's title, whole points (30 pt for 26) */
    public double bandTitle() {
        return Math.round(type.title() * 1.15);
    }

    /** @return the authors (names in bold, roles after them) and the date on a cover: the theme's body */
    public double coverAuthors() {
        return type.body();
    }

    /** @return the organization's name at the foot of a cover page: a point above the theme's body */
    public double coverOrganization() {
        return type.body() + 1;
    }

    /** @return the copyright and license lines: caption size */
    public double copyright() {
        return type.caption();
    }

    /** @return the organization's name on a report's back cover: the theme's level-2 heading */
    public double backCoverTitle() {
        return type.heading(2);
    }

    /** @return the boilerplate, address and website on a report's back cover: {@link #small()} */
    public double backCover() {
        return small();
    }

    /** @return the organization's name in a brief's closing panel: a point above the theme's body */
    public double panelTitle() {
        return type.body() + 1;
    }

    /** @return the boilerplate, address and website in a brief's closing panel: caption size */
    public double panel() {
        return type.caption();
    }

    // ---------------------------------------------------------------- about the authors

    /** @return an author's name under "About the Authors": the theme's body */
    public double authorName() {
        return type.body();
    }

    /** @return an author's role, after the name on its line: a little above caption size */
    public double authorRole() {
        return type.caption() + 0.5;
    }
}

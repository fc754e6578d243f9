package org.briefkit.docx.internal.styles;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.briefkit.compose.PartSizes;
import org.briefkit.model.DocumentKind;
import org.briefkit.theme.FontFamily;
import org.briefkit.theme.Palette;
import org.briefkit.theme.Theme;
import org.briefkit.theme.TypeScale;
import org.briefkit.theme.Units;

/**
 * The theme's values in the units {@code styles.xml} takes: sizes in half-points, lengths in
 * twips, colours as six hex digits. Line spacing is "at least" the theme's leading (size x line
 * height), which is what the PDF sets baseline to baseline; with Word's "multiple" spacing the
 * font's own line gap would be added and pages would run longer than the PDF's.
 *
 * <p>The sizes of the running text and of the parts a layout adds (title, letterhead, contacts,
 * cover, back cover, ...) are core's {@link PartSizes} for the document's kind, the sizes the PDF
 * sets: a style sheet is made for one document, so a style such as Title or Back Cover takes the
 * size and arrangement of that kind's part (a release's 18 pt headline, a brief's cover band, a
 * report's 36 pt cover title).
 */
final class StyleValues {
    /** Leading of display type (titles, headings), tighter than running text. */
    private static final double DISPLAY_LEADING = 1.15;

    private StyleValues() {
    }

    static Map<String, String> of(Theme theme, DocumentKind kind, String lang, String eastAsiaLang) {
        Map<String, String> v = new HashMap<>();
        TypeScale type = theme.type();
        double lh = type.lineHeight();
        List<FontFamily> fallbacks = theme.fonts().fallbacks();
        v.put("font.body", theme.fonts().body().name());
        v.put("font.heading", theme.fonts().heading().name());
        v.put("font.mono", theme.fonts().mono().name());
        v.put("font.eastAsia", fallbacks.isEmpty() ? theme.fonts().body().name() : fallbacks.get(0).name());
        v.put("lang", lang);
        v.put("lang.eastAsia", eastAsiaLang);

        Palette p = theme.palette();
        v.put("color.text", p.text().toHex());
        v.put("color.accent", p.accent().toHex());
        v.put("color.muted", p.muted().toHex());
        v.put("color.rule", p.rule().toHex());
        v.put("color.calloutFill", p.calloutFill().toHex());
        v.put("color.headerFill", p.headerFill().toHex());
        v.put("color.link", p.link().toHex());

        PartSizes parts = PartSizes.of(theme, kind);
        boolean brief = kind == DocumentKind.BRIEF;
        double small = parts.small();
        v.put("size.body", halfPoints(parts.body()));
        v.put("line.body", twips(parts.bodyLeading()));
        v.put("gap.body.half", twips(parts.paragraphGap() / 2));
        size(v, "title", parts.title(), 1.1);
        size(v, "subtitle", parts.subtitle(), 1.25);
        size(v, "note", type.note(), lh);
        size(v, "caption", type.caption(), lh);
        size(v, "code", type.code(), lh);
        size(v, "pullQuote", type.pullQuote(), 1.25);
        size(v, "running", type.running(), 1.2);
        size(v, "small", small, lh);
        v.put("size.credit", halfPoints(Math.max(6, type.caption() - 1)));
        v.put("size.codeInline", halfPoints(type.body() * 0.9));

        double gap = type.paragraphGap();
        v.put("gap", twips(gap));
        v.put("gap.half", twips(gap / 2));
        v.put("gap.double", twips(gap * 2));
        v.put("gap.quad", twips(gap * 4));
        v.put("gap.note", twips(gap / 3));
        v.put("gap.title", twips(gap));
        v.put("gap.subtitle", twips(gap * 2));
        for (int level = 1; level <= 6; level++) {
            double pt = type.heading(level);
            size(v, "h" + level, pt, DISPLAY_LEADING);
            v.put("before.h" + level, twips(level <= 2 ? pt * 1.1 : pt * 0.9));
            v.put("after.h" + level, twips(level <= 2 ? gap : gap / 2));
            v.put("color.h" + level, (level <= 2 ? p.accent() : p.text()).toHex());
        }

        // the parts a layout adds, at core's sizes for this kind
        size(v, "letterhead", parts.letterhead(), 1.3);
        size(v, "releaseLine", parts.releaseLine(), 1.3);
        size(v, "contact", parts.contact(), 1.3);
        v.put("after.contact", twips(gap / 2));
        v.put("size.aboutHeading", halfPoints(parts.aboutHeading()));
        v.put("before.aboutHeading", twips(gap * 1.5));
        size(v, "about", parts.about(), lh);
        v.put("size.readMoreLabel", halfPoints(parts.readMoreLabel()));
        size(v, "readMore", parts.readMore(), 1.3);
        size(v, "readMoreItem", parts.readMoreItem(), 1.22);
        v.put("after.readMoreItem", twips(gap * 0.2));
        v.put("after.readMore", twips(gap * 0.6));
        v.put("pad.card", twips(type.body() * 0.7));
        v.put("pad.card.bottom", twips(Math.max(0, type.body() * 0.7 - gap * 0.6)));
        v.put("before.endMark", twips(gap * 1.2));
        v.put("pad.coverBand", twips(gap * 0.6));
        // the cover: a report's is a page, its lines flush left; a brief's a band atop page 1, the
        // authors at the left and the date and organization flush right beside them; without a
        // cover, a title block atop page 1, its lines flush left
        boolean band = brief && theme.coverPage();
        boolean page = !brief && theme.coverPage();
        size(v, "coverProgram", parts.coverProgram(), 1.3);
        v.put("after.coverProgram", twips(type.body() * (band ? 1.1 : page ? 2.2 : 1.2)));
        size(v, "coverAuthors", parts.coverAuthors(), 1.4);
        v.put("before.coverAuthors", band ? "0" : twips(type.body() * (page ? 2.2 : 0.6)));
        v.put("before.coverDate", page ? twips(gap * 2) : "0");
        v.put("jc.coverDate", band ? "right" : "left");
        v.put("size.coverOrganization", halfPoints(page ? parts.coverOrganization() : parts.coverAuthors()));
        v.put("before.coverOrganization", page ? twips(gap * 4) : "0");
        v.put("border.coverOrganization", page ? "single" : "nil");
        // under a brief's cover band (a table, which has no space after) or a title block, the
        // copyright lines keep their distance from it, and none between them
        v.put("before.copyright", twips(page ? 0 : gap * (band ? 3 : 2)));
        v.put("contextual.copyright", page ? "0" : "1");
        size(v, "copyright", parts.copyright(), 1.35);
        size(v, "authorName", parts.authorName(), 1.3);
        v.put("size.authorRole", halfPoints(parts.authorRole()));
        // the back cover: a report's own last page; a brief's closing panel
        size(v, "backCoverTitle", brief ? parts.panelTitle() : parts.backCoverTitle(), 1.25);
        size(v, "backCover", brief ? parts.panel() : parts.backCover(), brief ? 1.35 : 1.4);
        v.put("after.backCoverTitle", twips(brief ? gap / 2 : gap));
        v.put("after.backCover", twips(brief ? gap / 2 : gap));
        v.put("band.backCover", Integer.toString(brief ? 32 : 48));
        v.put("before.backCover", twips(brief ? gap * 2.5 : 0));

        v.put("jc.body", theme.justify() ? "both" : "left");
        v.put("widowControl", theme.widowLines() > 1 || theme.orphanLines() > 1 ? "1" : "0");
        double width = theme.textWidth();
        v.put("tab.center", twips(width / 2));
        v.put("tab.right", twips(width));
        v.put("rule.indent", twips(width * 0.4));
        // the contents as the PDF sets them: each level's number hung in a column, a level's text
        // where the level above's starts; unnumbered, a level indented 1.5 em under the one above
        boolean numbered = theme.numberHeadings(kind);
        v.put("after.toc", twips(gap * 0.3));
        double indent = 0;
        for (int level = 1; level <= 6; level++) {
            double column = numbered ? contentsNumberColumn(theme, level) : 0;
            v.put("before.toc" + level, level == 1 ? twips(gap * 1.4) : "0");
            v.put("left.toc" + level, twips(indent + column));
            v.put("hanging.toc" + level, twips(column));
            indent += numbered ? column : type.body() * 1.5;
        }
        return v;
    }

    /**
     * @param theme the theme
     * @param level 1..6
     * @return the width of a TOC level's hanging number column, in points: room for "1", "1.1",
     *         "1.1.1" and a space, as the PDF's contents page has
     */
    static double contentsNumberColumn(Theme theme, int level) {
        return theme.type().body() * (1.1 + 0.9 * level);
    }

    private static void size(Map<String, String> v, String key, double pt, double leading) {
        v.put("size." + key, halfPoints(pt));
        v.put("line." + key, twips(pt * leading));
    }

    private static String halfPoints(double pt) {
        return Long.toString(Math.round(pt * 2));
    }

    private static String twips(double pt) {
        return Integer.toString(Units.twips(pt));
    }
}

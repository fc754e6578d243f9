package org.briefkit.theme;

import org.briefkit.model.DocumentKind;

/**
 * Everything about a document's look that is not its text: page geometry, fonts, sizes,
 * colours, running heads, notes, numbering and line-breaking choices. One theme drives both
 * renderers, so a document's PDF and DOCX agree. Immutable; change one with {@link #toBuilder()}.
 * Building one refuses, with a {@link ThemeException} naming the setting, sizes the pages cannot
 * lay out: a text block under 1 in, type too large for it, running heads their margin cannot hold.
 *
 * <pre>{@code
 * Theme theme = Theme.a4().toBuilder().notes(NotePlacement.ENDNOTES).justify(false).build();
 * }</pre>
 */
public final class Theme {
    private final PageSize pageSize;
    private final Margins margins;
    private final Fonts fonts;
    private final TypeScale type;
    private final Palette palette;
    private final RunningText header;
    private final RunningText footer;
    private final boolean runningHeadsOnFirstPage;
    private final HeadingNumbering headingNumbering;
    private final int numberedLevels;
    private final NotePlacement notes;
    private final boolean coverPage;
    private final boolean tableOfContents;
    private final int tocDepth;
    private final boolean justify;
    private final boolean hyphenate;
    private final int widowLines;
    private final int orphanLines;
    private final DatelineStyle datelineStyle;
    private final boolean pdfA;

    /** The text block must hold at least this many lines of body text... */
    static final int MIN_BODY_LINES = 3;
    /** ... and this many ems of it across. */
    static final int MIN_BODY_EMS = 5;
    /** The text block must hold this many lines of a heading, the title or a note. */
    static final int MIN_DISPLAY_LINES = 2;
    /** The leading assumed for display type (headings, the title) when checking that it fits. */
    private static final double DISPLAY_LEADING = 1.2;
    /** A running header or footer sits in the middle of its margin, which must be this many times its size. */
    static final double RUNNING_MARGIN = 2;

    private Theme(Builder b) {
        pageSize = given("pageSize", b.pageSize);
        margins = given("margins", b.margins);
        fonts = given("fonts", b.fonts);
        type = given("type", b.type);
        palette = given("palette", b.palette);
        header = given("header", b.header);
        footer = given("footer", b.footer);
        runningHeadsOnFirstPage = b.runningHeadsOnFirstPage;
        headingNumbering = given("headingNumbering", b.headingNumbering);
        numberedLevels = range("numberedLevels", b.numberedLevels, 1, 6);
        notes = given("notes", b.notes);
        coverPage = b.coverPage;
        tableOfContents = b.tableOfContents;
        tocDepth = range("tocDepth", b.tocDepth, 1, 6);
        justify = b.justify;
        hyphenate = b.hyphenate;
        widowLines = range("widowLines", b.widowLines, 1, 5);
        orphanLines = range("orphanLines", b.orphanLines, 1, 5);
        datelineStyle = given("datelineStyle", b.datelineStyle);
        pdfA = b.pdfA;
        double textWidth = pageSize.width() - margins.inner() - margins.outer() - margins.gutter();
        double textHeight = pageSize.height() - margins.top() - margins.bottom();
        if (textWidth < 72 || textHeight < 72) {
            throw new ThemeException("margins", "leave a text block of " + Math.round(textWidth) + " x "
                    + Math.round(textHeight) + " pt; at least 72 x 72 pt (1 in) is needed");
        }
        checkTypeFits(textWidth, textHeight);
        checkRunningText("header", header, "margins.top", margins.top());
        checkRunningText("footer", footer, "margins.bottom", margins.bottom());
    }

    /**
     * Refuses type too large for the text block, which the PDF could not lay out: with a 96 pt
     * body on a 144 pt page, a line is taller than the page's text block and would be lost.
     */
    private void checkTypeFits(double textWidth, double textHeight) {
        double leading = type.bodyLeading();
        if (textHeight < MIN_BODY_LINES * leading || textWidth < MIN_BODY_EMS * type.body()) {
            throw new ThemeException("type.body", fmt(type.body()) + " pt (" + fmt(leading)
                    + " pt a line) is too large for a text block of " + fmt(textWidth) + " x " + fmt(textHeight)
                    + " pt, which must hold " + MIN_BODY_LINES + " lines of " + MIN_BODY_EMS
                    + " ems; make the body smaller or the margins narrower");
        }
        for (int level = 1; level <= 6; level++) {
            checkDisplay("type.headings[" + (level - 1) + "]", type.heading(level), textWidth, textHeight);
        }
        checkDisplay("type.title", type.title(), textWidth, textHeight);
        checkDisplay("type.subtitle", type.subtitle(), textWidth, textHeight);
        checkDisplay("type.pullQuote", type.pullQuote(), textWidth, textHeight);
        checkDisplay("type.note", type.note(), textWidth, textHeight);
        checkDisplay("type.caption", type.caption(), textWidth, textHeight);
        checkDisplay("type.code", type.code(), textWidth, textHeight);
    }

    private static void checkDisplay(String setting, double size, double textWidth, double textHeight) {
        double line = size * DISPLAY_LEADING;
        if (textHeight < MIN_DISPLAY_LINES * line || textWidth < MIN_DISPLAY_LINES * size) {
            throw new ThemeException(setting, fmt(size) + " pt is too large for a text block of " + fmt(textWidth)
                    + " x " + fmt(textHeight) + " pt, which must hold " + MIN_DISPLAY_LINES + " lines of it");
        }
    }


    /** Refuses running text that would sit off the page or over the text block. */
    private void checkRunningText(String slot, RunningText text, String margin, double room) {
        if (!text.isEmpty() && room < RUNNING_MARGIN * type.running()) {
            throw new ThemeException(margin, fmt(room) + " pt cannot hold the running " + slot + " in "
                    + fmt(type.running()) + " pt type (type.running): it would run off the page or over the text; "
                    + "give at least " + fmt(RUNNING_MARGIN * type.running()) + " pt, a smaller type.running, or no "
                    + slot);
        }
    }

    private static String fmt(double points) {
        return points == Math.rint(points) ? Long.toString((long) points) : String.format(java.util.Locale.ROOT, "%.1f",
                points);
    }

    private static <T> T given(String setting, T value) {
        if (value == null) {
            throw new ThemeException(setting, "is missing (null)");
        }
        return value;
    }

    private static int range(String setting, int value, int min, int max) {
        if (value < min || value > max) {
            throw new ThemeException(setting, value + " is outside " + min + ".." + max);
        }
        return value;
    }

    /** @return the default theme on US Letter with 1-inch margins */
    public static Theme letter() {
        return new Builder().build();
    }

    /** @return the default theme on A4 with 25 mm margins */
    public static Theme a4() {
        return new Builder().pageSize(PageSize.A4).margins(Margins.uniform(Units.mm(25))).build();
    }

    /** @return a builder holding this theme's values */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** @return the trimmed page size */
    public PageSize pageSize() {
        return pageSize;
    }

    /** @return the margins */
    public Margins margins() {
        return margins;
    }

    /** @return the fonts */
    public Fonts fonts() {
        return fonts;
    }

    /** @return the type sizes */
    public TypeScale type() {
        return type;
    }

    /** @return the colours */
    public Palette palette() {
        return palette;
    }

    /** @return the running header */
    public RunningText header() {
        return header;
    }

    /** @return the running footer */
    public RunningText footer() {
        return footer;
    }

    /** @return whether the first page carries the running header and footer (false: a different first page) */
    public boolean runningHeadsOnFirstPage() {
        return runningHeadsOnFirstPage;
    }

    /** @return which kinds of document number their headings */
    public HeadingNumbering headingNumbering() {
        return headingNumbering;
    }

    /**
     * @param kind a document's kind
     * @return whether its headings are numbered (1, 1.1, 1.1.1; appendices Appendix A, A.1)
     */
    public boolean numberHeadings(DocumentKind kind) {
        return headingNumbering.numbers(kind);
    }

    /** @return how many heading levels are numbered, from level 1 */
    public int numberedLevels() {
        return numberedLevels;
    }

    /** @return where notes go */
    public NotePlacement notes() {
        return notes;
    }

    /** @return whether briefs and reports open with a cover page */
    public boolean coverPage() {
        return coverPage;
    }

    /** @return whether reports carry a table of contents (briefs and press releases never do) */
    public boolean tableOfContents() {
        return tableOfContents;
    }

    /** @return the deepest heading level the table of contents lists */
    public int tocDepth() {
        return tocDepth;
    }

    /** @return whether paragraphs are justified (otherwise ragged right) */
    public boolean justify() {
        return justify;
    }

    /** @return whether words are hyphenated at line ends */
    public boolean hyphenate() {
        return hyphenate;
    }

    /** @return the fewest lines of a paragraph left alone at the top of a page */
    public int widowLines() {
        return widowLines;
    }

    /** @return the fewest lines of a paragraph left alone at the foot of a page */
    public int orphanLines() {
        return orphanLines;
    }

    /** @return how a press release's dateline is written */
    public DatelineStyle datelineStyle() {
        return datelineStyle;
    }

    /** @return whether the PDF is written as PDF/A-1b for archiving */
    public boolean pdfA() {
        return pdfA;
    }

    /** @return the width of the text block */
    public double textWidth() {
        return pageSize.width() - margins.inner() - margins.outer() - margins.gutter();
    }

    /** @return the height of the text block */
    public double textHeight() {
        return pageSize.height() - margins.top() - margins.bottom();
    }

    /** Builds a {@link Theme}; starts from the Letter defaults. */
    public static final class Builder {
        private PageSize pageSize = PageSize.LETTER;
        private Margins margins = Margins.uniform(72);
        private Fonts fonts = Fonts.LIBERATION;
        private TypeScale type = TypeScale.DEFAULT;
        private Palette palette = Palette.DEFAULT;
        private RunningText header = new RunningText("{title}", "", "{program}");
        private RunningText footer = new RunningText("{organization}", "", "Page {page} of {pages}");
        private boolean runningHeadsOnFirstPage = false;
        private HeadingNumbering headingNumbering = HeadingNumbering.REPORTS;
        private int numberedLevels = 3;
        private NotePlacement notes = NotePlacement.BY_KIND;
        private boolean coverPage = true;
        private boolean tableOfContents = true;
        private int tocDepth = 3;
        private boolean justify = true;
        private boolean hyphenate = true;
        private int widowLines = 2;
        private int orphanLines = 2;
        private DatelineStyle datelineStyle = DatelineStyle.DATED;
        private boolean pdfA = false;

        /** A builder with the Letter defaults. */
        public Builder() {
        }

        private Builder(Theme t) {
            pageSize = t.pageSize;
            margins = t.margins;
            fonts = t.fonts;
            type = t.type;
            palette = t.palette;
            header = t.header;
            footer = t.footer;
            runningHeadsOnFirstPage = t.runningHeadsOnFirstPage;
            headingNumbering = t.headingNumbering;
            numberedLevels = t.numberedLevels;
            notes = t.notes;
            coverPage = t.coverPage;
            tableOfContents = t.tableOfContents;
            tocDepth = t.tocDepth;
            justify = t.justify;
            hyphenate = t.hyphenate;
            widowLines = t.widowLines;
            orphanLines = t.orphanLines;
            datelineStyle = t.datelineStyle;
            pdfA = t.pdfA;
        }

        /** @param v the page size; @return this builder */
        public Builder pageSize(PageSize v) {
            pageSize = v;
            return this;
        }

        /** @param v the margins; @return this builder */
        public Builder margins(Margins v) {
            margins = v;
            return this;
        }

        /** @param v the fonts; @return this builder */
        public Builder fonts(Fonts v) {
            fonts = v;
            return this;
        }

        /** @param v the type sizes; @return this builder */
        public Builder type(TypeScale v) {
            type = v;
            return this;
        }

        /** @param v the colours; @return this builder */
        public Builder palette(Palette v) {
            palette = v;
            return this;
        }

        /** @param v the running header; @return this builder */
        public Builder header(RunningText v) {
            header = v;
            return this;
        }

        /** @param v the running footer; @return this builder */
        public Builder footer(RunningText v) {
            footer = v;
            return this;
        }

        /** @param v whether the first page carries running heads; @return this builder */
        public Builder runningHeadsOnFirstPage(boolean v) {
            runningHeadsOnFirstPage = v;
            return this;
        }

        /** @param v which kinds number their headings; @return this builder */
        public Builder headingNumbering(HeadingNumbering v) {
            headingNumbering = v;
            return this;
        }

        /** @param v how many levels are numbered, 1..6; @return this builder */
        public Builder numberedLevels(int v) {
            numberedLevels = v;
            return this;
        }

        /** @param v where notes go; @return this builder */
        public Builder notes(NotePlacement v) {
            notes = v;
            return this;
        }

        /** @param v whether briefs and reports get a cover; @return this builder */
        public Builder coverPage(boolean v) {
            coverPage = v;
            return this;
        }

        /** @param v whether reports get a table of contents; @return this builder */
        public Builder tableOfContents(boolean v) {
            tableOfContents = v;
            return this;
        }

        /** @param v the deepest level listed, 1..6; @return this builder */
        public Builder tocDepth(int v) {
            tocDepth = v;
            return this;
        }

        /** @param v whether to justify; @return this builder */
        public Builder justify(boolean v) {
            justify = v;
            return this;
        }

        /** @param v whether to hyphenate; @return this builder */
        public Builder hyphenate(boolean v) {
            hyphenate = v;
            return this;
        }

        /** @param v fewest widow lines, 1..5 (1 allows widows); @return this builder */
        public Builder widowLines(int v) {
            widowLines = v;
            return this;
        }

        /** @param v fewest orphan lines, 1..5 (1 allows orphans); @return this builder */
        public Builder orphanLines(int v) {
            orphanLines = v;
            return this;
        }

        /** @param v the dateline style; @return this builder */
        public Builder datelineStyle(DatelineStyle v) {
            datelineStyle = v;
            return this;
        }

        /** @param v whether to write PDF/A-1b; @return this builder */
        public Builder pdfA(boolean v) {
            pdfA = v;
            return this;
        }

        /**
         * @return the theme
         * @throws ThemeException when a value is out of range or the margins leave no room
         */
        public Theme build() {
            return new Theme(this);
        }
    }
}

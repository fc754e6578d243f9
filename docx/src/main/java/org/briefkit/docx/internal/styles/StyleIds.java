package org.briefkit.docx.internal.styles;

/**
 * The ids of the styles in {@code styles.xml}, as the document's XML refers to them. Word shows
 * the names (Heading 1, Caption, Release Line); the ids are what {@code w:pStyle} and
 * {@code w:rStyle} hold.
 */
public final class StyleIds {
    // Paragraph styles: Word's built-ins.
    public static final String NORMAL = "Normal";
    public static final String TITLE = "Title";
    public static final String SUBTITLE = "Subtitle";
    public static final String QUOTE = "Quote";
    public static final String CAPTION = "Caption";
    public static final String LIST_PARAGRAPH = "ListParagraph";
    public static final String FOOTNOTE_TEXT = "FootnoteText";
    public static final String ENDNOTE_TEXT = "EndnoteText";
    public static final String TOC_HEADING = "TOCHeading";
    public static final String HEADER = "Header";
    public static final String FOOTER = "Footer";

    // Paragraph styles: Briefkit's own.
    public static final String QUOTE_ATTRIBUTION = "QuoteAttribution";
    public static final String PULL_QUOTE = "PullQuote";
    public static final String PULL_QUOTE_ATTRIBUTION = "PullQuoteAttribution";
    public static final String CALLOUT_TITLE = "CalloutTitle";
    public static final String CALLOUT_BODY = "CalloutBody";
    public static final String CODE_BLOCK = "CodeBlock";
    public static final String RULE = "Rule";
    public static final String FIGURE = "Figure";
    public static final String FIGURE_CREDIT = "FigureCredit";
    public static final String TABLE_CAPTION = "TableCaption";
    public static final String TABLE_TEXT = "TableText";
    public static final String TABLE_TEXT_CENTERED = "TableTextCentered";
    public static final String TABLE_TEXT_RIGHT = "TableTextRight";
    public static final String TABLE_HEADING = "TableHeading";
    public static final String TABLE_HEADING_CENTERED = "TableHeadingCentered";
    public static final String TABLE_HEADING_RIGHT = "TableHeadingRight";
    public static final String LETTERHEAD = "Letterhead";
    public static final String RELEASE_LINE = "ReleaseLine";
    public static final String CONTACT_LABEL = "ContactLabel";
    public static final String CONTACT = "Contact";
    public static final String ABOUT_HEADING = "AboutHeading";
    public static final String ABOUT = "About";
    public static final String READ_MORE_TITLE = "ReadMoreTitle";
    public static final String READ_MORE_ITEM = "ReadMoreItem";
    public static final String READ_MORE = "ReadMore";
    public static final String END_MARK = "EndMark";
    public static final String COVER_LOGO = "CoverLogo";
    public static final String COVER_PROGRAM = "CoverProgram";
    public static final String COVER_AUTHORS = "CoverAuthors";
    public static final String COVER_DATE = "CoverDate";
    public static final String COVER_ORGANIZATION = "CoverOrganization";
    public static final String COPYRIGHT = "Copyright";
    public static final String AUTHOR_NAME = "AuthorName";
    public static final String AUTHOR_BIO = "AuthorBio";
    public static final String BACK_COVER_BAND = "BackCoverBand";
    public static final String BACK_COVER_TITLE = "BackCoverTitle";
    public static final String BACK_COVER = "BackCover";

    // Character styles.
    public static final String HYPERLINK = "Hyperlink";
    public static final String CODE = "Code";
    public static final String DATELINE = "Dateline";
    public static final String PROGRAM_LABEL = "ProgramLabel";
    /** An author's name inside a line (a cover's authors): Author Name's look. */
    public static final String AUTHOR_NAME_CHAR = "AuthorNameChar";
    /** An author's role after the name on its line. */
    public static final String AUTHOR_ROLE = "AuthorRole";
    public static final String FOOTNOTE_REFERENCE = "FootnoteReference";
    public static final String ENDNOTE_REFERENCE = "EndnoteReference";

    // Table styles.
    public static final String TABLE = "BriefkitTable";
    public static final String CALLOUT_TABLE = "BriefkitCallout";
    /** Parts set side by side: no borders, no cell margins. */
    public static final String COLUMNS_TABLE = "BriefkitColumns";
    /** The "Read more" card: a filled box, an accent rule at its left, the label beside the items. */
    public static final String CARD_TABLE = "BriefkitCard";
    /** A brief's cover band: its authors and date side by side over a hairline. */
    public static final String COVER_BAND_TABLE = "BriefkitCoverBand";

    private StyleIds() {
    }

    /** @param level 1..6; @return the id of Word's Heading n */
    public static String heading(int level) {
        return "Heading" + level;
    }

    /** @param level 1..6; @return the id of Word's TOC n */
    public static String toc(int level) {
        return "TOC" + level;
    }

    /** @param depth 0 for a paragraph continuing a top-level list item; @return List Continue, List Continue 2, ... */
    public static String listContinue(int depth) {
        int n = Math.min(depth + 1, 5);
        return n == 1 ? "ListContinue" : "ListContinue" + n;
    }
}

package org.briefkit.compose;

/**
 * A part of a laid-out document, in the order {@link Composition#parts} gives them. Each
 * renderer sets every part; a part whose content is missing is not listed at all.
 */
public enum Part {
    /** Press release: the organization's name and the program label, across the top. */
    LETTERHEAD,
    /** Press release: "FOR IMMEDIATE RELEASE" or "EMBARGOED UNTIL …", in capitals. */
    RELEASE_LINE,
    /** Press release: the media contacts (name, role, phone, email). */
    CONTACTS,
    /** Press release: the headline (title) and subhead (subtitle). */
    HEADLINE,
    /**
     * Brief or report: the cover, with program label, title, subtitle, authors, date,
     * organization: a report's own page; a brief's band atop page 1.
     */
    COVER,
    /** Brief or report without a cover: the same facts as a title block atop the first page. */
    TITLE_BLOCK,
    /**
     * Brief or report: the copyright and license lines: the inside of a report's cover; after a
     * brief's cover band or a title block.
     */
    COPYRIGHT,
    /** Report: the table of contents, with the pages the headings land on. */
    CONTENTS,
    /** The executive summary, under its own heading. */
    SUMMARY,
    /** The body; in a press release its first paragraph opens with the dateline. */
    BODY,
    /** The notes, when the theme collects them as endnotes. */
    ENDNOTES,
    /** Appendices and other back matter. */
    BACK_MATTER,
    /** Brief or report: "About the authors", from the authors' roles and bios. */
    ABOUT_AUTHORS,
    /** "Read more": the related items, as a card. */
    READ_MORE,
    /** Press release: "About &lt;organization&gt;", the boilerplate paragraph. */
    ABOUT,
    /** Press release: the centred end mark ("###"), last of all. */
    END_MARK,
    /**
     * Brief or report (with a cover): the back cover with the organization's boilerplate, address,
     * website and contacts: a report's own last page; a panel closing a brief's last page.
     */
    BACK_COVER
}

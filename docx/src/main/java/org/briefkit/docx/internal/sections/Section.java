package org.briefkit.docx.internal.sections;

/**
 * How one section of the document is set up: how it starts, which running heads it shows,
 * whether its first page is blank of them, whether its endnotes are printed at its end, and
 * where its text sits on the page.
 *
 * @param start          how the section starts after the one before
 * @param runningHeads   whether its pages carry the theme's header and footer
 * @param blankFirstPage whether its first page carries none (Word's "different first page")
 * @param endnotesHere   whether the endnotes collected so far are printed at its end
 * @param align          where the text sits on its pages, top to bottom
 * @param letterhead     whether its first page's header is the letterhead (a press release's page
 *                       1, whose top margin holds it as printed letterhead does); only with a
 *                       blank first page
 */
public record Section(Start start, boolean runningHeads, boolean blankFirstPage, boolean endnotesHere,
        VerticalAlign align, boolean letterhead) {

    /** A section whose first page's header, if any, is blank. */
    public Section(Start start, boolean runningHeads, boolean blankFirstPage, boolean endnotesHere,
            VerticalAlign align) {
        this(start, runningHeads, blankFirstPage, endnotesHere, align, false);
    }

    /** How a section starts. */
    public enum Start {
        /** On a new page. */
        NEXT_PAGE,
        /** On the next even (left-hand) page, after a blank page when needed: a back cover. */
        EVEN_PAGE,
        /** Right after the section before, on the same page. */
        CONTINUOUS
    }

    /** Where text sits on a section's pages. */
    public enum VerticalAlign {
        /** At the top, as usual. */
        TOP,
        /** Centred: a cover. */
        CENTER,
        /** At the foot: a copyright page, a back cover. */
        BOTTOM
    }

    /** @return this section, printing the endnotes at its end */
    public Section withEndnotes() {
        return new Section(start, runningHeads, blankFirstPage, true, align, letterhead);
    }

    /** @return this section, its first page headed by the letterhead */
    public Section withLetterhead() {
        return new Section(start, runningHeads, true, endnotesHere, align, true);
    }
}

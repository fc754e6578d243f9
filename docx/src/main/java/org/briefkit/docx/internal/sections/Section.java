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
 */
public record Section(Start start, boolean runningHeads, boolean blankFirstPage, boolean endnotesHere,
        VerticalAlign align) {

    /** How a section starts. */
    public enum Start {
        /** On a new page. */
        NEXT_PAGE,
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
        return new Section(start, runningHeads, blankFirstPage, true, align);
    }
}

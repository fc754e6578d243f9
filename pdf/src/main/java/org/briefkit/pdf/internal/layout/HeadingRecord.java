package org.briefkit.pdf.internal.layout;

/**
 * Where a heading landed, for bookmarks and a table of contents.
 *
 * @param level       1 to 6
 * @param label       its number ("2.1"), or "" when headings are not numbered
 * @param text        its plain text
 * @param page        the page it is on, 1 for the first
 * @param y           the top of its first line on that page
 * @param destination the name of the destination at it
 * @param id          its id in the model, or ""
 * @param generated   whether the layout made it (such as "Notes") rather than the model
 */
public record HeadingRecord(int level, String label, String text, int page, float y, String destination, String id,
        boolean generated) {
    /** @return the number and the text, as a bookmark shows them (as core's HeadingInfo.label does for the DOCX) */
    public String title() {
        return label.isEmpty() ? text : label + "  " + text;
    }
}

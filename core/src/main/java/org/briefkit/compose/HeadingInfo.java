package org.briefkit.compose;

import org.briefkit.model.Heading;

/**
 * What the renderers need to know of one heading beyond its text: its anchor, its number and
 * whether the table of contents lists it.
 *
 * @param heading the heading
 * @param anchor  its id, or a generated one when it has none; unique in the document
 * @param number  its number ("2.1", "A.1"), or "" when unnumbered
 * @param text    its plain text, for bookmarks and the table of contents
 * @param inToc   whether the table of contents lists it
 */
public record HeadingInfo(Heading heading, String anchor, String number, String text, boolean inToc) {
    /** @return the number and the text, as a bookmark or TOC entry shows them */
    public String label() {
        return number.isEmpty() ? text : number + "  " + text;
    }
}

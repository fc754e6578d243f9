package org.briefkit.pdf.internal.layout;

import java.util.List;

/**
 * The result of layout: the pages, and where every heading landed.
 *
 * @param pages    the pages, in order
 * @param headings the headings, in reading order
 */
public record LaidOutDocument(List<Page> pages, List<HeadingRecord> headings) {
    /** Copies the lists. */
    public LaidOutDocument {
        pages = List.copyOf(pages);
        headings = List.copyOf(headings);
    }
}

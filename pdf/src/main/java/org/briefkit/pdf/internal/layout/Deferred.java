package org.briefkit.pdf.internal.layout;

/**
 * Drawing that waits for the whole document to be laid out, because it shows where something
 * else landed: a table of contents' page numbers and their dotted leaders. The box that asks for
 * it is placed first (so the page's layout never depends on the answer); the deferred part is
 * drawn on the same page once every destination's page is known.
 */
@FunctionalInterface
interface Deferred {
    /**
     * @param page  the page the asking box landed on; add boxes to it
     * @param pages the page of every destination placed in the document
     */
    void draw(Page page, DestinationPages pages);

    /** Where destinations landed. */
    @FunctionalInterface
    interface DestinationPages {
        /** @param destination a destination's name; @return its page number, 0 when it was never placed */
        int pageOf(String destination);
    }
}

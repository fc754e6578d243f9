package org.briefkit.pdf.internal.layout;

/**
 * Drawing that waits for the whole document to be laid out, because it shows where something
 * else landed: a table of contents' page numbers and their dotted leaders. The box that asks for
 * it is placed first (so the page's layout never depends on the answer); the deferred part is
 * drawn on the same page once every destination's page is known, in the page's drawing order
 * where it was asked for, so text extraction reads an entry's number right after its text.
 */
@FunctionalInterface
interface Deferred {
    /**
     * @param out   where the boxes go, on the page the asking box landed on
     * @param pages the page of every destination placed in the document
     */
    void draw(java.util.function.Consumer<Box> out, DestinationPages pages);

    /** Where destinations landed. */
    @FunctionalInterface
    interface DestinationPages {
        /** @param destination a destination's name; @return its page number, 0 when it was never placed */
        int pageOf(String destination);
    }
}

package org.briefkit.pdf.internal.layout;

/** Where boxes go when the page builder places a vertical item on a page. */
interface Emitter {
    /** @return the number of the page being filled */
    int page();

    /** @param box a box to add to the page */
    void box(Box box);

    /** Records that a heading's first line is at {@code y} on this page, with a destination there. */
    void heading(HeadingInfo heading, float x, float y);

    /** Places a named destination. */
    void destination(String name, float x, float y);

    /** Draws {@code task} on this page once every destination's page is known. */
    void later(Deferred task);
}

package org.briefkit.pdf.internal.layout;

/** Takes the vertical list as it is made: the page builder, or a collector for a cell or a note. */
interface VSink {
    void add(VItem item);
}

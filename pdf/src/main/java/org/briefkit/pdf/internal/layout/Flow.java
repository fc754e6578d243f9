package org.briefkit.pdf.internal.layout;

/**
 * Content that flows from page to page: what to lay out, the running heads of its pages, and
 * whether it starts on a new page.
 *
 * @param content  writes the flow's content
 * @param style    the running heads of the pages it starts
 * @param newPage  whether it starts on a new page (otherwise it follows on the current one)
 * @param headroom how far above the text block its first page's text may start, into the top
 *                 margin (a letterhead on a first page that has no running header); 0 for none
 */
public record Flow(FlowContent content, PageStyle style, boolean newPage, float headroom) implements Section {
    /**
     * A flow whose text stays in the text block.
     *
     * @param content writes the flow's content
     * @param style   the running heads of the pages it starts
     * @param newPage whether it starts on a new page
     */
    public Flow(FlowContent content, PageStyle style, boolean newPage) {
        this(content, style, newPage, 0);
    }

    /** Writes a flow's content through a {@link FlowWriter}. */
    @FunctionalInterface
    public interface FlowContent {
        /** @param out where the content goes */
        void write(FlowWriter out);
    }
}

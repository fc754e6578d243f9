package org.briefkit.pdf.internal.layout;

/**
 * Content that flows from page to page: what to lay out, the running heads of its pages, and
 * whether it starts on a new page.
 *
 * @param content   writes the flow's content
 * @param style     the running heads of the pages it starts
 * @param newPage   whether it starts on a new page (otherwise it follows on the current one)
 */
public record Flow(FlowContent content, PageStyle style, boolean newPage) implements Section {
    /** Writes a flow's content through a {@link FlowWriter}. */
    @FunctionalInterface
    public interface FlowContent {
        /** @param out where the content goes */
        void write(FlowWriter out);
    }
}

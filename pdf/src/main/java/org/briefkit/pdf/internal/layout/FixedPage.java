package org.briefkit.pdf.internal.layout;

import java.util.function.Consumer;

/**
 * One page drawn at absolute positions, such as a cover: the painter places text, pictures,
 * fills and rules where it wants them.
 *
 * @param style   the page's running heads (usually {@link PageStyle#NONE})
 * @param painter draws the page
 * @param verso   whether the page must be a left-hand (even) page, as a back cover must be to be
 *                the outside of a printed document: a blank page is added before it when needed
 */
public record FixedPage(PageStyle style, Consumer<PageCanvas> painter, boolean verso) implements Section {
    /**
     * A fixed page on whatever page comes next.
     *
     * @param style   the page's running heads
     * @param painter draws the page
     */
    public FixedPage(PageStyle style, Consumer<PageCanvas> painter) {
        this(style, painter, false);
    }
}

package org.briefkit.pdf.internal.layout;

import java.util.function.Consumer;

/**
 * One page drawn at absolute positions, such as a cover: the painter places text, pictures,
 * fills and rules where it wants them.
 *
 * @param style   the page's running heads (usually {@link PageStyle#NONE})
 * @param painter draws the page
 */
public record FixedPage(PageStyle style, Consumer<PageCanvas> painter) implements Section {
}

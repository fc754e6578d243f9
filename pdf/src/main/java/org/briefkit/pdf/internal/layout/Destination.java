package org.briefkit.pdf.internal.layout;

/**
 * A named place that links and bookmarks go to.
 *
 * @param name the name: an id of the model, or a generated name for a heading without one
 * @param x    left
 * @param y    top
 */
public record Destination(String name, float x, float y) implements Box {
}

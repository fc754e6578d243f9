package org.briefkit.pdf.internal.layout;

/**
 * Something positioned on a page. Coordinates are in points from the page's top-left corner,
 * y growing downwards (the draw stage turns them into PDF's bottom-up space).
 */
public sealed interface Box permits GlyphRun, Rule, Fill, ImageBox, LinkArea, Destination, Leader {
}

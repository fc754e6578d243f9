package org.briefkit.pdf.internal.layout;

/**
 * A part of a document's pages: a {@link Flow} of content that fills as many pages as it needs,
 * or a {@link FixedPage} drawn at absolute positions (a cover, a letterhead, a back cover).
 */
public sealed interface Section permits Flow, FixedPage {
}

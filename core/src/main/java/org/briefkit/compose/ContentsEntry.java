package org.briefkit.compose;

/**
 * One line of a table of contents.
 *
 * @param level  1 for a top-level entry
 * @param number the heading's number, or ""
 * @param text   the heading's text
 * @param anchor the anchor the entry links to
 */
public record ContentsEntry(int level, String number, String text, String anchor) {
}

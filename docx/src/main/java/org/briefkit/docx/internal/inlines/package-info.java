/**
 * Inlines as Word runs: formatting, text with tabs and breaks, links, notes' marks, bookmarks and fields.
 */
package org.briefkit.docx.internal.inlines;

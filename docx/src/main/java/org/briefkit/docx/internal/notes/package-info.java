/**
 * Footnotes and endnotes, with the separators Word writes.
 */
package org.briefkit.docx.internal.notes;

/**
 * The parts of each kind of document in order (letterhead, cover, contents, body, notes, back cover...) and where sections break.
 */
package org.briefkit.docx.internal.layout;

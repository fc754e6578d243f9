/**
 * What the PDF and DOCX renderers compose alike from a document and a theme: the parts of each
 * kind of document in order, the wording of release lines and datelines, heading numbers,
 * heading anchors and running-head text. Sharing them here is what makes the two outputs of one
 * document agree.
 */
package org.briefkit.compose;

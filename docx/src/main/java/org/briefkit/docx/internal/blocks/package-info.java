/**
 * Blocks as Word paragraphs: the block writer, the flow paragraphs go into, the scope that picks their styles, and pictures.
 */
package org.briefkit.docx.internal.blocks;

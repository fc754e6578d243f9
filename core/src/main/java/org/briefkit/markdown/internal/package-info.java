/**
 * The Markdown reader's machinery: decoding and checking the input, front matter, the flexmark
 * parser and its extensions, and the conversion of flexmark's tree into the document model. Not
 * part of the public API.
 */
package org.briefkit.markdown.internal;

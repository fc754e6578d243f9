/**
 * The PDF renderer's internals, in two stages: {@code layout} turns the model into pages of
 * positioned boxes, {@code draw} writes those pages with OpenPDF. Not part of the public API.
 */
package org.briefkit.pdf.internal;

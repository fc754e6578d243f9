/**
 * Draw: laid-out pages written as PDF with OpenPDF's low-level API (one {@code PdfWriter} per
 * render, direct content only): embedded subset fonts, glyph runs with kerning, images, rules and
 * fills, links and destinations, the outline, document information and XMP, and byte-identical
 * output for the same input.
 */
package org.briefkit.pdf.internal.draw;

/**
 * The PDF renderer: {@link org.briefkit.pdf.PdfRenderer} and its {@link org.briefkit.pdf.PdfOptions}.
 */
package org.briefkit.pdf;

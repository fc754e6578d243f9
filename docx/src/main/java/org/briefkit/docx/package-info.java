/**
 * The DOCX renderer: {@link org.briefkit.docx.DocxRenderer} writes a Briefkit document as a
 * Word file with real styles, numbering, notes, fields and sections, from the same theme as the PDF.
 */
package org.briefkit.docx;

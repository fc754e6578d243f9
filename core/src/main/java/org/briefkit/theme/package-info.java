/**
 * The theme: page geometry, fonts, type sizes, colours and layout choices that drive both
 * renderers, so the PDF and the DOCX of one document agree. Lengths are in PostScript points
 * (1/72 inch); {@link org.briefkit.theme.Units} converts.
 */
package org.briefkit.theme;

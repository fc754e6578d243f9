/**
 * Fonts for the PDF: loading and caching font files as embeddable, subset OpenPDF fonts, their
 * metrics (advances, kerning, ligatures), per-character fallback through the theme's families and
 * the fonts installed on the machine, and the report of characters no font has.
 */
package org.briefkit.pdf.internal.font;

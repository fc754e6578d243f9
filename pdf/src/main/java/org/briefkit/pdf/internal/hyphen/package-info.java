/**
 * Hyphenation for the PDF layout engine: Knuth and Liang's pattern algorithm, as in TeX, over
 * the English patterns of the hyph-utf8 project (American and British), which ship as resources
 * under {@code org/briefkit/pdf/hyphen/} with their licences beside them.
 *
 * <p>Internal: the layout engine asks {@link org.briefkit.pdf.internal.hyphen.Hyphenator} where
 * a word may break; nothing here is part of Briefkit's public API.
 */
package org.briefkit.pdf.internal.hyphen;

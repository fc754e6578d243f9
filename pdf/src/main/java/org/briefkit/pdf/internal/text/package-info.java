/**
 * Text within a paragraph: styled runs from the model's inlines, Unicode line-break
 * opportunities, Knuth-Plass line breaking over the whole paragraph (with hyphenation and
 * emergency breaks), and setting the chosen lines to the measure.
 */
package org.briefkit.pdf.internal.text;

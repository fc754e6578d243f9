/**
 * Layout: the model and theme turned into pages of positioned boxes (glyph runs, rules, fills,
 * images, link areas, destinations), each knowing the block it came from, and the page and
 * position of every heading. Pure Java: no PDF is written here.
 */
package org.briefkit.pdf.internal.layout;

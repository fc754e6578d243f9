/**
 * Tables and callout boxes as Word tables, with their grids and column widths.
 */
package org.briefkit.docx.internal.tables;

/**
 * The {@code briefkit} command line: render Markdown files to PDF and DOCX, or bundle them as a
 * media kit, without writing Java.
 */
package org.briefkit.cli;

/**
 * Sections, page set-up, and the header and footer parts.
 */
package org.briefkit.docx.internal.sections;

/**
 * The style sheet: styles.xml filled from the theme, the document's languages, and the mapping of classes to styles.
 */
package org.briefkit.docx.internal.styles;

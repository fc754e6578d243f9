/**
 * Packaging and reproducibility: Word's skeleton parts as XML templates, settings, package properties, and the zip rewritten in a fixed order with fixed times.
 */
package org.briefkit.docx.internal.packaging;

/**
 * The DOCX renderer's internals, not part of the API: one render's context and its entry point;
 * the sub-packages each write one kind of Word structure.
 */
package org.briefkit.docx.internal;

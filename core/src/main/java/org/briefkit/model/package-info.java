/**
 * The document model: immutable records for a document's metadata, its blocks and its inlines.
 *
 * <p>Conventions: lists are never null and never mutable; a string that may be absent is the
 * empty string, never null; an object that may be absent is an {@link java.util.Optional}.
 * Every record checks its input when constructed, so a model that exists is one that renders.
 */
package org.briefkit.model;

/**
 * Reads Markdown with YAML front matter into Briefkit's document model: {@link
 * org.briefkit.markdown.MarkdownReader}, its limits, and the error it raises.
 */
package org.briefkit.markdown;

/**
 * Machinery shared by the Markdown reader and the theme reader, such as the rules that keep a
 * file path inside its folder and the bounds put on YAML. Not part of the public API.
 */
package org.briefkit.internal;

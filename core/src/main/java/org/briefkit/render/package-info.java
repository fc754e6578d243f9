/**
 * The contract every output format meets, the lookup of renderers by format name, and writing a
 * file so that a failed render never leaves a half-written one.
 */
package org.briefkit.render;

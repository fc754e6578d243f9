/**
 * Tests that cross modules, for docs/RELIABILITY.md: random documents and Markdown (property
 * tests), the catalogue of bad input, faults, load, and output validity by independent checkers.
 */
package org.briefkit.reliability;

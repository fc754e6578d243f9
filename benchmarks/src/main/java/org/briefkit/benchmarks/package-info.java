/**
 * Benchmarks of the PDF renderer: a timed harness, run on demand, never by the tests.
 */
package org.briefkit.benchmarks;

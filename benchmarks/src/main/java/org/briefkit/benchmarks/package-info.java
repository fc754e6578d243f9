/**
 * Benchmarks of the PDF and DOCX renderers against their floors and their peers: a timed harness,
 * run on demand ({@code -Pbenchmark}), never by the tests.
 */
package org.briefkit.benchmarks;

/**
 * Small, runnable examples of the Java API, each a class with a {@code main} that writes into an
 * output folder (its first argument; by default a folder under {@code examples/target/}):
 * {@link org.briefkit.examples.BuildPressRelease} builds a press release in Java,
 * {@link org.briefkit.examples.RenderBothFormats} renders a Markdown file to PDF and DOCX,
 * {@link org.briefkit.examples.BatchRender} renders several files in parallel, and
 * {@link org.briefkit.examples.BuildMediaKit} bundles them as a media kit. The build runs each
 * one and checks what it wrote.
 */
package org.briefkit.examples;

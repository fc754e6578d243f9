/**
 * The layouts of each kind of document, built from the layout engine's flows and fixed pages in
 * the order core's {@link org.briefkit.compose.Composition} gives the parts, with core's wording,
 * heading anchors and contents entries, so a document's PDF and DOCX agree: the press release
 * ({@link org.briefkit.pdf.internal.layout.kinds.PressReleaseLayout}), and the brief and report
 * ({@link org.briefkit.pdf.internal.layout.kinds.PublicationLayout}) with their cover, copyright
 * page, contents and back cover. {@link org.briefkit.pdf.internal.layout.kinds.KindLayouts} picks
 * one for a document.
 */
package org.briefkit.pdf.internal.layout.kinds;

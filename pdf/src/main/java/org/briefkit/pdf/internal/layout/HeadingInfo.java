package org.briefkit.pdf.internal.layout;

/**
 * A heading as layout knows it before it lands on a page.
 *
 * @param level       1 to 6
 * @param label       its number, or ""
 * @param text        its plain text
 * @param id          its id in the model, or ""
 * @param destination the destination's name (the id, or a generated name)
 * @param generated   whether the layout made it
 */
record HeadingInfo(int level, String label, String text, String id, String destination, boolean generated) {
}

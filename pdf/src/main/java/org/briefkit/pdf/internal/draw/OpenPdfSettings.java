package org.briefkit.pdf.internal.draw;

/**
 * OpenPDF's process-wide settings, set once, before the first document, never per document
 * (OpenPDF #1307: its {@code LayoutProcessor} and compression switches are global, so changing
 * them per render would race between threads). Briefkit shapes text itself and never enables
 * {@code LayoutProcessor}; it only makes sure streams are compressed.
 */
final class OpenPdfSettings {
    private static volatile boolean done;

    private OpenPdfSettings() {
    }

    static void ensure() {
        if (!done) {
            synchronized (OpenPdfSettings.class) {
                if (!done) {
                    com.lowagie.text.Document.compress = true;
                    done = true;
                }
            }
        }
    }
}

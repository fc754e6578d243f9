package org.briefkit.theme;

import org.briefkit.model.DocumentKind;

/** Where notes are set. */
public enum NotePlacement {
    /** At the foot of the page that cites them, continued on the next page when they must be. */
    FOOTNOTES,
    /** Collected after the body under a "Notes" heading, numbered continuously. */
    ENDNOTES,
    /**
     * By kind of document: endnotes for press releases and briefs, whose few pages a reader
     * skims and whose notes are sources; footnotes for reports, read section by section with the
     * source beside the claim.
     */
    BY_KIND;

    /** @param kind the document's kind; @return FOOTNOTES or ENDNOTES for it */
    public NotePlacement resolve(DocumentKind kind) {
        if (this != BY_KIND) {
            return this;
        }
        return kind == DocumentKind.REPORT ? FOOTNOTES : ENDNOTES;
    }
}

package org.briefkit.theme;

import org.briefkit.model.DocumentKind;

/**
 * Which kinds of document number their headings (1, 1.1, 1.1.1 in the body; Appendix A, A.1 in
 * the back matter). One theme renders every kind, and the kinds differ: a report is read by
 * chapter and cross-referenced by number, while a brief of a few pages or a press release reads
 * better without numbers.
 */
public enum HeadingNumbering {
    /** No kind numbers its headings. */
    NONE,
    /** Every kind numbers its headings. */
    ALL,
    /** Reports number their headings; briefs and press releases do not. */
    REPORTS;

    /** @param kind a document's kind; @return whether its headings are numbered */
    public boolean numbers(DocumentKind kind) {
        return switch (this) {
            case NONE -> false;
            case ALL -> true;
            case REPORTS -> kind == DocumentKind.REPORT;
        };
    }
}

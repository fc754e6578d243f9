package org.briefkit.model;

import java.util.Locale;
import org.briefkit.InvalidDocumentException;

/** The three kinds of document Briefkit lays out, each with its own conventions. */
public enum DocumentKind {
    /** A one- or two-page news release: release line, dateline, contacts, end mark. */
    PRESS_RELEASE("press-release"),
    /** A policy brief of a few pages: cover, key takeaways, summary, sections. */
    BRIEF("brief"),
    /** A full report: cover, contents, numbered chapters, notes, appendices. */
    REPORT("report");

    private final String label;

    DocumentKind(String label) {
        this.label = label;
    }

    /** @return the kind's name in front matter and file names, such as {@code press-release} */
    public String label() {
        return label;
    }

    /**
     * @param label {@code press-release}, {@code brief} or {@code report} (case and '_' or ' ' for '-' ignored)
     * @return the kind
     * @throws InvalidDocumentException for any other name
     */
    public static DocumentKind fromLabel(String label) {
        String key = label.strip().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
        for (DocumentKind kind : values()) {
            if (kind.label.equals(key)) {
                return kind;
            }
        }
        throw new InvalidDocumentException("kind", "'" + label + "' is not one of press-release, brief, report");
    }
}

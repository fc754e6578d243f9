package org.briefkit.pdf.internal.layout;

import java.util.List;
import java.util.Locale;

/**
 * The few words layout writes itself, in the document's language: the headings of the summary
 * and the notes, and the byline's joining words. English unless the language is one listed.
 *
 * @param summary the summary's heading
 * @param notes   the endnotes' heading
 * @param by      before the authors' names
 * @param and     between the last two names
 */
public record Labels(String summary, String notes, String by, String and) {
    private static final Labels ENGLISH = new Labels("Summary", "Notes", "By", "and");
    private static final Labels KOREAN = new Labels("\uC694\uC57D", "\uC8FC", "", "\uBC0F");

    /** @return the labels for a language */
    public static Labels forLanguage(Locale language) {
        return "ko".equals(language.getLanguage()) ? KOREAN : ENGLISH;
    }

    /** @return names joined as a byline: "By A", "By A and B", "By A, B and C" */
    public String byline(List<String> names) {
        if (names.isEmpty()) {
            return "";
        }
        String joined;
        if (names.size() == 1) {
            joined = names.get(0);
        } else {
            joined = String.join(", ", names.subList(0, names.size() - 1)) + " " + and + " " + names.get(names.size() - 1);
        }
        return by.isEmpty() ? joined : by + " " + joined;
    }
}

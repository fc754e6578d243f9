package org.briefkit.pdf.internal.layout;

import java.util.ArrayList;
import java.util.List;
import org.briefkit.compose.Wording;
import org.briefkit.model.Author;
import org.briefkit.model.Document;
import org.briefkit.model.Metadata;
import org.briefkit.theme.Theme;

/**
 * The sections of a document as this renderer lays it out for now, whatever its kind: the title
 * block at the top of page 1, the summary under its heading, the body, the endnotes under
 * "Notes" when notes are endnotes, then the back matter on a new page. Labels come from core's
 * {@link Wording}, as the DOCX takes them. Kind-specific layouts (covers, letterheads, contents)
 * are other section lists built from the same flow writer and fixed pages, following
 * {@link org.briefkit.compose.Composition}.
 */
public final class DocumentLayout {
    private DocumentLayout() {
    }

    /**
     * @param document the document
     * @param theme    the theme
     * @return its sections
     */
    public static List<Section> sections(Document document, Theme theme) {
        Metadata meta = document.metadata();
        PageStyle pages = new PageStyle(theme.header(), theme.footer(), theme.runningHeadsOnFirstPage());
        List<Section> out = new ArrayList<>();
        out.add(new Flow(w -> {
            w.title(meta.title(), meta.subtitle(), byline(meta));
            if (!document.summary().isEmpty()) {
                w.heading(1, Wording.SUMMARY);
                w.blocks("summary", document.summary());
            }
            w.blocks("body", document.body());
            if (w.hasEndnotes()) {
                w.heading(1, Wording.NOTES);
                w.endnotes();
            }
        }, pages, false));
        if (!document.backMatter().isEmpty()) {
            out.add(new Flow(w -> {
                w.blocks("backMatter", document.backMatter());
                if (w.hasEndnotes()) {
                    w.heading(1, Wording.NOTES);
                    w.endnotes();
                }
            }, pages, true));
        }
        return out;
    }

    /** @return "By A and B · March 15, 2026", or what of it the metadata has */
    static String byline(Metadata meta) {
        List<String> names = meta.authors().stream().map(Author::name).toList();
        String joined = names.isEmpty() ? "" : names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
        String date = meta.date().map(Wording::date).orElse("");
        if (joined.isEmpty()) {
            return date;
        }
        return "By " + joined + (date.isEmpty() ? "" : "  \u00B7  " + date);
    }
}

package org.briefkit.pdf.internal.layout;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import org.briefkit.model.Author;
import org.briefkit.model.Document;
import org.briefkit.model.Metadata;
import org.briefkit.theme.Theme;

/**
 * The sections of a document as this renderer lays it out for now, whatever its kind: the title
 * block at the top of page 1, the summary under its heading, the body (with numbered headings
 * when the theme asks), the endnotes under "Notes" when notes are endnotes, then the back matter
 * on a new page. Kind-specific layouts (covers, letterheads, tables of contents) build other
 * section lists from the same parts.
 */
public final class DocumentLayout {
    private DocumentLayout() {
    }

    /**
     * @param document the document
     * @param theme    the theme
     * @param labels   words in the document's language
     * @return its sections
     */
    public static List<Section> sections(Document document, Theme theme, Labels labels) {
        Metadata meta = document.metadata();
        PageStyle pages = new PageStyle(theme.header(), theme.footer(), theme.runningHeadsOnFirstPage());
        List<Section> out = new ArrayList<>();
        out.add(new Flow(w -> {
            w.title(meta.title(), meta.subtitle(), byline(meta, labels));
            if (!document.summary().isEmpty()) {
                w.heading(1, labels.summary());
                w.blocks("summary", document.summary(), false);
            }
            w.blocks("body", document.body(), true);
            if (w.hasEndnotes()) {
                w.heading(1, labels.notes());
                w.endnotes();
            }
        }, pages, false));
        if (!document.backMatter().isEmpty()) {
            out.add(new Flow(w -> {
                w.blocks("backMatter", document.backMatter(), false);
                if (w.hasEndnotes()) {
                    w.heading(1, labels.notes());
                    w.endnotes();
                }
            }, pages, true));
        }
        return out;
    }

    /** @return "By A and B · March 15, 2026", or what of it the metadata has */
    static String byline(Metadata meta, Labels labels) {
        String names = labels.byline(meta.authors().stream().map(Author::name).toList());
        String date = meta.date().map(d -> DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(meta.language()).format(d)).orElse("");
        if (names.isEmpty()) {
            return date;
        }
        return date.isEmpty() ? names : names + "  \u00B7  " + date;
    }
}

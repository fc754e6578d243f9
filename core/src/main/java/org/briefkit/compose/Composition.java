package org.briefkit.compose;

import java.util.ArrayList;
import java.util.List;
import org.briefkit.model.Author;
import org.briefkit.model.Document;
import org.briefkit.model.DocumentKind;
import org.briefkit.model.Inline;
import org.briefkit.model.Metadata;
import org.briefkit.model.Note;
import org.briefkit.model.Organization;
import org.briefkit.model.Walk;
import org.briefkit.theme.NotePlacement;
import org.briefkit.theme.Theme;

/**
 * Which parts a document is laid out in, and in what order, for its kind and theme. Both
 * renderers follow this list, so the PDF and the DOCX of a document have the same parts in the
 * same order. Parts with nothing to show are left out.
 */
public final class Composition {
    private Composition() {
    }

    /**
     * @param document the document
     * @param theme    its theme
     * @return the parts, in reading order
     */
    public static List<Part> parts(Document document, Theme theme) {
        Metadata meta = document.metadata();
        List<Part> parts = new ArrayList<>();
        boolean endnotes = theme.notes().resolve(meta.kind()) == NotePlacement.ENDNOTES && hasNotes(document);
        if (meta.kind() == DocumentKind.PRESS_RELEASE) {
            addIf(parts, Part.LETTERHEAD, meta.organization().isPresent() || !meta.programLabel().isEmpty());
            addIf(parts, Part.RELEASE_LINE, meta.release().isPresent());
            addIf(parts, Part.CONTACTS, !meta.contacts().isEmpty());
            parts.add(Part.HEADLINE);
            addIf(parts, Part.SUMMARY, !document.summary().isEmpty());
            parts.add(Part.BODY);
            addIf(parts, Part.ENDNOTES, endnotes);
            addIf(parts, Part.BACK_MATTER, !document.backMatter().isEmpty());
            addIf(parts, Part.READ_MORE, !meta.related().isEmpty());
            addIf(parts, Part.ABOUT, meta.organization().map(o -> !o.about().isEmpty()).orElse(false));
            addIf(parts, Part.END_MARK, !meta.endMark().isEmpty());
            return List.copyOf(parts);
        }
        parts.add(theme.coverPage() ? Part.COVER : Part.TITLE_BLOCK);
        addIf(parts, Part.COPYRIGHT, !meta.copyright().isEmpty() || !meta.license().isEmpty());
        addIf(parts, Part.CONTENTS, meta.kind() == DocumentKind.REPORT && theme.tableOfContents());
        addIf(parts, Part.SUMMARY, !document.summary().isEmpty());
        parts.add(Part.BODY);
        addIf(parts, Part.ENDNOTES, endnotes);
        addIf(parts, Part.BACK_MATTER, !document.backMatter().isEmpty());
        addIf(parts, Part.ABOUT_AUTHORS, meta.authors().stream().anyMatch(Composition::hasAbout));
        addIf(parts, Part.READ_MORE, !meta.related().isEmpty());
        addIf(parts, Part.END_MARK, !meta.endMark().isEmpty());
        addIf(parts, Part.BACK_COVER, theme.coverPage() && meta.organization().map(Composition::hasBackCover).orElse(false));
        return List.copyOf(parts);
    }

    /** @param document a document; @return whether any note appears in it */
    public static boolean hasNotes(Document document) {
        return Walk.anyInline(document, Composition::isNote);
    }

    private static boolean isNote(Inline inline) {
        return inline instanceof Note;
    }

    private static boolean hasAbout(Author author) {
        return !author.bio().isEmpty();
    }

    private static boolean hasBackCover(Organization org) {
        return !org.about().isEmpty() || !org.address().isEmpty() || !org.website().isEmpty();
    }

    private static void addIf(List<Part> parts, Part part, boolean condition) {
        if (condition) {
            parts.add(part);
        }
    }
}

package org.briefkit.pdf.internal.layout;

import java.util.ArrayList;
import java.util.List;
import org.briefkit.model.Note;
import org.briefkit.pdf.internal.text.InlineCollector;

/**
 * Numbers notes in reading order, continuously through the document, and keeps the endnotes
 * for the "Notes" section. Footnotes are set where they are cited. Every marker links to its
 * note, and every note's number links back to its marker.
 */
final class NoteRegistry implements InlineCollector.NoteCiter {
    private final boolean endnotes;
    private final List<Note> collected = new ArrayList<>();
    private int count;

    NoteRegistry(boolean endnotes) {
        this.endnotes = endnotes;
    }

    boolean endnotes() {
        return endnotes;
    }

    @Override
    public InlineCollector.Citation cite(Note note) {
        count++;
        if (endnotes) {
            collected.add(note);
        }
        return new InlineCollector.Citation(count, "#" + destination(count), reference(count));
    }

    /** @return how many notes have been numbered */
    int count() {
        return count;
    }

    /** @return the destination name of note {@code number}, at the note (foot of the page, or the Notes) */
    static String destination(int number) {
        return "_bk/note/" + number;
    }

    /** @return the destination name at note {@code number}'s marker in the text, where the note links back */
    static String reference(int number) {
        return "_bk/ref/" + number;
    }

    /** @return the endnotes collected so far, numbered from 1 */
    List<Note> endnoteList() {
        return collected;
    }
}

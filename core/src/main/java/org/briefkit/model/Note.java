package org.briefkit.model;

import java.util.List;

/**
 * A note, set as a footnote or an endnote as the theme says, with its mark at this place in the
 * text. Notes are numbered in the order they appear.
 *
 * @param content the note's blocks
 */
public record Note(List<Block> content) implements Inline {
    /** Copies the content; a note says something. */
    public Note {
        content = Checks.nonEmpty("note.content", content);
    }

    /** @param text plain text; @return a note of one paragraph */
    public static Note of(String text) {
        return new Note(List.of(Paragraph.of(text)));
    }

    @Override
    public <R> R accept(InlineVisitor<R> visitor) {
        return visitor.visitNote(this);
    }
}

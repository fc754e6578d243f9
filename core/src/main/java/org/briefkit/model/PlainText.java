package org.briefkit.model;

import java.util.List;

/**
 * The characters of some inlines without their formatting, for bookmarks, TOC entries, alt text
 * and file properties. Notes are left out (their marks are not part of a heading's words); line
 * breaks and tabs become spaces.
 */
public final class PlainText {
    private PlainText() {
    }

    /** @param inlines the inlines; @return their text */
    public static String of(List<Inline> inlines) {
        StringBuilder out = new StringBuilder();
        Walk.walk(inlines, block -> { }, inline -> {
            if (inline instanceof Text t) {
                out.append(t.text().replace('\n', ' ').replace('\t', ' '));
            } else if (inline instanceof Code c) {
                out.append(c.text());
            } else if (inline instanceof LineBreak) {
                out.append(' ');
            }
        }, node -> !(node instanceof Note), Integer.MAX_VALUE, "inlines");
        return out.toString();
    }
}

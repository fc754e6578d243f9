package org.briefkit.docx.internal.blocks;

import org.briefkit.docx.internal.styles.StyleIds;

/**
 * What surrounds the blocks being written, and so how they are styled: the style a plain
 * paragraph takes (Normal in the body, Quote in a quotation, Table Text in a cell, Footnote Text
 * in a note), the style of list items, how deep lists nest, the width available (for tables and
 * images), whether this is a note (notes cannot hold notes) and whether this is the appendices
 * (their headings are numbered A, A.1).
 *
 * @param paragraphStyle the style of a plain paragraph
 * @param listStyle      the style of a list item's first paragraph
 * @param listDepth      0 outside lists; 1 inside a top-level list's items
 * @param width          the width of the text column, in twips
 * @param inNote         whether the blocks are a note's
 * @param appendix       whether the blocks are the back matter
 */
public record Scope(String paragraphStyle, String listStyle, int listDepth, int width, boolean inNote,
        boolean appendix) {

    /** @param width the text block's width, in twips; @return the body's scope */
    public static Scope body(int width) {
        return new Scope(StyleIds.NORMAL, StyleIds.LIST_PARAGRAPH, 0, width, false, false);
    }

    /** @param style a paragraph style; @return this scope, with plain paragraphs in that style */
    public Scope withParagraphStyle(String style) {
        return new Scope(style, listStyle, listDepth, width, inNote, appendix);
    }

    /** @param style a paragraph style; @return this scope, with list items in that style */
    public Scope withListStyle(String style) {
        return new Scope(paragraphStyle, style, listDepth, width, inNote, appendix);
    }

    /** @return this scope, one list level deeper */
    public Scope nested() {
        return new Scope(paragraphStyle, listStyle, listDepth + 1, width, inNote, appendix);
    }

    /** @param twips the width available; @return this scope, that wide */
    public Scope withWidth(int twips) {
        return new Scope(paragraphStyle, listStyle, listDepth, Math.max(twips, 720), inNote, appendix);
    }

    /** @param style the notes' paragraph style; @param width the text block's width; @return a note's scope */
    public static Scope note(String style, int width) {
        return new Scope(style, style, 0, width, true, false);
    }

    /** @return this scope, for the back matter */
    public Scope asAppendix() {
        return new Scope(paragraphStyle, listStyle, listDepth, width, inNote, true);
    }
}

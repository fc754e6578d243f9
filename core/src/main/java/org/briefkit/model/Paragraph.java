package org.briefkit.model;

import java.util.List;

/**
 * A paragraph of running text.
 *
 * @param content its inlines
 */
public record Paragraph(List<Inline> content) implements Block {
    /** Copies the content. */
    public Paragraph {
        content = Checks.list("paragraph.content", content);
    }

    /** @param content inlines; @return a paragraph of them */
    public static Paragraph of(Inline... content) {
        return new Paragraph(List.of(content));
    }

    /** @param text plain text; @return a paragraph of it */
    public static Paragraph of(String text) {
        return new Paragraph(List.of(new Text(text)));
    }

    @Override
    public <R> R accept(BlockVisitor<R> visitor) {
        return visitor.visitParagraph(this);
    }
}

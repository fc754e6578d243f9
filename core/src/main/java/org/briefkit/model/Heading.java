package org.briefkit.model;

import java.util.List;
import org.briefkit.InvalidDocumentException;

/**
 * A section heading.
 *
 * @param level   1 (a chapter or top section) to 6
 * @param attr    its id (the target of cross-references and TOC links) and classes
 * @param content the heading text
 */
public record Heading(int level, Attr attr, List<Inline> content) implements Block {
    /** Checks the level and copies the content. */
    public Heading {
        if (level < 1 || level > 6) {
            throw new InvalidDocumentException("heading.level", level + " is outside 1..6");
        }
        attr = Checks.present("heading.attr", attr);
        content = Checks.list("heading.content", content);
    }

    /**
     * @param level 1 to 6
     * @param text  plain text
     * @return a heading without attributes
     */
    public static Heading of(int level, String text) {
        return new Heading(level, Attr.EMPTY, List.of(new Text(text)));
    }

    @Override
    public <R> R accept(BlockVisitor<R> visitor) {
        return visitor.visitHeading(this);
    }
}

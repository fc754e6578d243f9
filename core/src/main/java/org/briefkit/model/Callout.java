package org.briefkit.model;

import java.util.List;

/**
 * A titled box set apart from the text: "Key takeaways", "Recommendations", a note. Its classes
 * say what kind of box it is (for example {@code takeaways}), which themes and styles may use.
 *
 * @param attr    id and classes
 * @param title   the box's title; empty for none
 * @param content the box's blocks
 */
public record Callout(Attr attr, List<Inline> title, List<Block> content) implements Block {
    /** Copies the title and content. */
    public Callout {
        attr = Checks.present("callout.attr", attr);
        title = Checks.list("callout.title", title);
        content = Checks.list("callout.content", content);
    }

    @Override
    public <R> R accept(BlockVisitor<R> visitor) {
        return visitor.visitCallout(this);
    }
}

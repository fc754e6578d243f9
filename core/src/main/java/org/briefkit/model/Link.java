package org.briefkit.model;

import java.util.List;
import org.briefkit.InvalidDocumentException;

/**
 * A hyperlink: to a place in this document ({@code #id}, which must exist when the document is
 * built) or to an external URI.
 *
 * @param attr    id and classes
 * @param content the link text
 * @param target  {@code #id} or a URI
 * @param title   advisory title; "" for none
 */
public record Link(Attr attr, List<Inline> content, String target, String title) implements Inline {
    /** Checks that the target is an internal id or a valid URI. */
    public Link {
        attr = Checks.present("link.attr", attr);
        content = Checks.list("link.content", content);
        target = Checks.uri("link.target", Checks.present("link.target", target));
        if (target.isEmpty() || target.equals("#")) {
            throw new InvalidDocumentException("link.target", "is empty");
        }
        title = Checks.text("link.title", title);
    }

    /**
     * @param target {@code #id} or a URI
     * @param text   the link text
     * @return a link without attributes or title
     */
    public static Link to(String target, String text) {
        return new Link(Attr.EMPTY, List.of(new Text(text)), target, "");
    }

    /** @return whether the target is a place in this document */
    public boolean isInternal() {
        return target.startsWith("#");
    }

    @Override
    public <R> R accept(InlineVisitor<R> visitor) {
        return visitor.visitLink(this);
    }

    /** @return the id an internal link points to; "" for an external link */
    public String targetId() {
        return isInternal() ? target.substring(1) : "";
    }
}

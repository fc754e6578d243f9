package org.briefkit.model;

import java.util.List;

/**
 * An image with its caption and credit line.
 *
 * @param attr    id and classes
 * @param image   the picture
 * @param altText what the picture shows, for readers who cannot see it; required
 * @param caption the caption; empty for none
 * @param credit  the source or credit line ("Source: ..."); empty for none
 */
public record Figure(Attr attr, Image image, String altText, List<Inline> caption, List<Inline> credit)
        implements Block {

    /** Checks that the figure has alt text. */
    public Figure {
        attr = Checks.present("figure.attr", attr);
        image = Checks.present("figure.image", image);
        altText = Checks.required("figure.altText", altText);
        caption = Checks.list("figure.caption", caption);
        credit = Checks.list("figure.credit", credit);
    }

    @Override
    public <R> R accept(BlockVisitor<R> visitor) {
        return visitor.visitFigure(this);
    }
}

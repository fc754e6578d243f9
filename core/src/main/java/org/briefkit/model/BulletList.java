package org.briefkit.model;

import java.util.List;

/**
 * An unordered list.
 *
 * @param items its items, at least one
 */
public record BulletList(List<ListItem> items) implements Block {
    /** Copies the items; a list has at least one. */
    public BulletList {
        items = Checks.nonEmpty("bulletList.items", items);
    }

    @Override
    public <R> R accept(BlockVisitor<R> visitor) {
        return visitor.visitBulletList(this);
    }
}

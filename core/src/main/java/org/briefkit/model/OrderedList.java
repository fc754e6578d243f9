package org.briefkit.model;

import java.util.List;
import org.briefkit.InvalidDocumentException;

/**
 * A numbered list.
 *
 * @param start the first item's number, 0 or more
 * @param style how items are numbered
 * @param items its items, at least one
 */
public record OrderedList(int start, NumberStyle style, List<ListItem> items) implements Block {
    /** Checks the start number and copies the items. */
    public OrderedList {
        if (start < 0) {
            throw new InvalidDocumentException("orderedList.start", start + " is negative");
        }
        style = Checks.present("orderedList.style", style);
        items = Checks.nonEmpty("orderedList.items", items);
    }

    /** @param items the items; @return a decimal list starting at 1 */
    public static OrderedList of(ListItem... items) {
        return new OrderedList(1, NumberStyle.DECIMAL, List.of(items));
    }

    @Override
    public <R> R accept(BlockVisitor<R> visitor) {
        return visitor.visitOrderedList(this);
    }
}

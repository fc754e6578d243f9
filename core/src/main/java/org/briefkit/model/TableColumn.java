package org.briefkit.model;

import org.briefkit.InvalidDocumentException;

/**
 * How one column of a table is set.
 *
 * @param alignment how its cells align
 * @param width     its share of the table's width, relative to the other columns' shares; 0
 *                  lets the renderer size it from its content
 */
public record TableColumn(Alignment alignment, double width) {
    /** Checks the width. */
    public TableColumn {
        alignment = Checks.present("column.alignment", alignment);
        if (!(width >= 0) || Double.isInfinite(width)) {
            throw new InvalidDocumentException("column.width", width + " is not a finite width of 0 or more");
        }
    }

    /** @param alignment how its cells align; @return a column sized from its content */
    public static TableColumn of(Alignment alignment) {
        return new TableColumn(alignment, 0);
    }
}

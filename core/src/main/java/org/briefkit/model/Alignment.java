package org.briefkit.model;

/** Horizontal alignment of a table column's cells. */
public enum Alignment {
    /** Flush left (the default for text). */
    LEFT,
    /** Centred. */
    CENTER,
    /** Flush right (usual for figures). */
    RIGHT
}

package org.briefkit.pdf.internal.text;

import java.util.Arrays;
import org.briefkit.pdf.internal.font.FontFace;

/**
 * A paragraph as Knuth and Plass see it: boxes (text of fixed width), glue (space that may
 * stretch and shrink, where a line may break) and penalties (places to break at a cost; a
 * flagged penalty ends a line with a hyphen). Kept in parallel arrays, so a long paragraph costs
 * a few arrays, not an object per word. Each box and glue remembers its characters (a range of
 * the paragraph's text), style span and face, so the chosen lines can be set.
 */
public final class Items {
    /** Text of fixed width. */
    public static final byte BOX = 0;
    /** Space; a legal break when it follows a box. */
    public static final byte GLUE = 1;
    /** A possible break at a cost. */
    public static final byte PENALTY = 2;
    /** A penalty this high forbids a break; this low forces one. */
    public static final int INFINITY = 10_000;
    /** Glue stretch that absorbs any amount: the end of a paragraph, before a forced break. */
    public static final float FILL = Float.POSITIVE_INFINITY;

    private byte[] type = new byte[64];
    private float[] width = new float[64];
    private float[] stretch = new float[64];
    private float[] shrink = new float[64];
    private int[] penalty = new int[64];
    private boolean[] flagged = new boolean[64];
    private int[] start = new int[64];
    private int[] end = new int[64];
    private int[] span = new int[64];
    private FontFace[] face = new FontFace[64];
    private int size;

    /** @return the number of items */
    public int size() {
        return size;
    }

    /** @return item {@code i}'s kind: {@link #BOX}, {@link #GLUE} or {@link #PENALTY} */
    public byte type(int i) {
        return type[i];
    }

    /** @return item {@code i}'s width in points (a penalty's: the hyphen it adds when taken) */
    public float width(int i) {
        return width[i];
    }

    /** @return glue {@code i}'s stretch, or {@link #FILL} */
    public float stretch(int i) {
        return stretch[i];
    }

    /** @return glue {@code i}'s shrink */
    public float shrink(int i) {
        return shrink[i];
    }

    /** @return penalty {@code i}'s cost */
    public int penalty(int i) {
        return penalty[i];
    }

    /** @return whether penalty {@code i} ends a line with a hyphen */
    public boolean flagged(int i) {
        return flagged[i];
    }

    /** @return where item {@code i}'s characters start in the paragraph, or -1 */
    public int start(int i) {
        return start[i];
    }

    /** @return where item {@code i}'s characters end */
    public int end(int i) {
        return end[i];
    }

    /** @return the style span of item {@code i}, or -1 */
    public int span(int i) {
        return span[i];
    }

    /** @return the face of item {@code i}'s characters (a hyphen's face, for a penalty), or null */
    public FontFace face(int i) {
        return face[i];
    }

    /** Adds a box of text. */
    public Items box(float w, int from, int to, int spanIndex, FontFace f) {
        int i = next(BOX);
        width[i] = w;
        start[i] = from;
        end[i] = to;
        span[i] = spanIndex;
        face[i] = f;
        return this;
    }

    /** Adds a box with no text (for tests and spacers). */
    public Items box(float w) {
        return box(w, -1, -1, -1, null);
    }

    /** Adds glue for the space characters {@code [from, to)}. */
    public Items glue(float w, float stretchBy, float shrinkBy, int from, int to, int spanIndex, FontFace f) {
        int i = next(GLUE);
        width[i] = w;
        stretch[i] = stretchBy;
        shrink[i] = shrinkBy;
        start[i] = from;
        end[i] = to;
        span[i] = spanIndex;
        face[i] = f;
        return this;
    }

    /** Adds glue with no text. */
    public Items glue(float w, float stretchBy, float shrinkBy) {
        return glue(w, stretchBy, shrinkBy, -1, -1, -1, null);
    }

    /** Adds a penalty; a flagged one adds a hyphen of width {@code w} in face {@code f}, span {@code spanIndex}. */
    public Items penalty(float w, int cost, boolean flag, int spanIndex, FontFace f) {
        int i = next(PENALTY);
        width[i] = w;
        penalty[i] = cost;
        flagged[i] = flag;
        span[i] = spanIndex;
        face[i] = f;
        return this;
    }

    /** Adds a penalty with no hyphen face. */
    public Items penalty(float w, int cost, boolean flag) {
        return penalty(w, cost, flag, -1, null);
    }

    /** Ends the paragraph: no break before the fill, a fill, and a forced break. */
    public Items finish() {
        if (size > 0 && type[size - 1] == GLUE) {
            size--; // trailing space
        }
        penalty(0, INFINITY, false);
        glue(0, FILL, 0);
        penalty(0, -INFINITY, false);
        return this;
    }

    /** Drops every item from {@code newSize} on. */
    void truncate(int newSize) {
        size = Math.min(size, Math.max(0, newSize));
    }

    private int next(byte kind) {
        if (size == type.length) {
            int n = size * 2;
            type = Arrays.copyOf(type, n);
            width = Arrays.copyOf(width, n);
            stretch = Arrays.copyOf(stretch, n);
            shrink = Arrays.copyOf(shrink, n);
            penalty = Arrays.copyOf(penalty, n);
            flagged = Arrays.copyOf(flagged, n);
            start = Arrays.copyOf(start, n);
            end = Arrays.copyOf(end, n);
            span = Arrays.copyOf(span, n);
            face = Arrays.copyOf(face, n);
        }
        int i = size++;
        type[i] = kind;
        width[i] = 0;
        stretch[i] = 0;
        shrink[i] = 0;
        penalty[i] = 0;
        flagged[i] = false;
        start[i] = -1;
        end[i] = -1;
        span[i] = -1;
        face[i] = null;
        return i;
    }
}

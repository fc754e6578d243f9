package org.briefkit.pdf.internal.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Chooses where a paragraph's lines end by the total-fit method of Knuth and Plass ("Breaking
 * Paragraphs into Lines", 1981): of all feasible ways to break the paragraph, the one with the
 * least total demerits, where a line's demerits grow with the cube of how much its spaces
 * stretch or shrink, with the penalty of its break, and with abrupt changes of tightness from
 * one line to the next (fitness classes) and consecutive hyphens.
 *
 * <p>As in TeX, the breaker tries up to three passes: first without hyphenation and with a
 * strict tolerance; then with hyphenation and a looser one; and last an emergency pass that
 * accepts any line that is not overfull, and breaks a word longer than the line at any
 * character. So a paragraph always gets lines; a bad one gets the least bad lines possible.
 *
 * <p>In ragged mode (flush left, centred or right) spaces do not stretch; each line instead has a
 * fixed amount of invisible stretch at its end, so the breaker still looks at the whole
 * paragraph and avoids one very short line among long ones (a ragged rag, not a jagged one).
 *
 * <p>Only the paragraph's items and the active breakpoints are held, so work is linear in the
 * paragraph's length for practical line widths.
 */
public final class LineBreaker {
    /** A penalty at or above this is an emergency break point inside an overlong word. */
    public static final int EMERGENCY = 5000;
    private static final double INFINITE_RATIO = 1e6;
    /** Lines within this many points of the measure fit exactly: float sums must not make a word overfull. */
    private static final double FIT = 0.01;

    private LineBreaker() {
    }

    /** The width of each line: possibly special for the first few lines, then constant. */
    public interface LineWidths {
        /** @param line 0 for the first line; @return its width */
        float width(int line);

        /** @return the number of the first line from which all lines have the same width */
        int constantFrom();

        /** @return the narrowest line width */
        float narrowest();

        /** @param w the width of every line; @return that */
        static LineWidths constant(float w) {
            return new LineWidths() {
                @Override
                public float width(int line) {
                    return w;
                }

                @Override
                public int constantFrom() {
                    return 0;
                }

                @Override
                public float narrowest() {
                    return w;
                }
            };
        }

        /** @param first the first line's width; @param rest every other's; @return those widths */
        static LineWidths firstAndRest(float first, float rest) {
            return new LineWidths() {
                @Override
                public float width(int line) {
                    return line == 0 ? first : rest;
                }

                @Override
                public int constantFrom() {
                    return 1;
                }

                @Override
                public float narrowest() {
                    return Math.min(first, rest);
                }
            };
        }
    }

    /**
     * How the breaker judges lines.
     *
     * @param ragged               whether spaces keep their width and lines end raggedly
     * @param raggedStretch        in ragged mode, the invisible stretch at each line's end
     * @param tolerance            the largest stretch ratio the first pass accepts
     * @param hyphenTolerance      the largest the second (hyphenating) pass accepts
     * @param linePenalty          added to every line's badness, to prefer fewer lines
     * @param adjacentDemerits     for a line much tighter or looser than the one before
     * @param doubleHyphenDemerits for two hyphenated lines in a row
     * @param finalHyphenDemerits  for hyphenating the second-last line
     */
    public record Params(boolean ragged, float raggedStretch, double tolerance, double hyphenTolerance,
            int linePenalty, int adjacentDemerits, int doubleHyphenDemerits, int finalHyphenDemerits) {

        /** @return TeX's plain settings for justified text (pretolerance 100, tolerance 200) */
        public static Params justified() {
            return new Params(false, 0, 1.0, 1.26, 10, 10_000, 10_000, 5_000);
        }

        /** @param stretch the invisible stretch at each line's end; @return settings for ragged text */
        public static Params ragged(float stretch) {
            return new Params(true, stretch, 1.0, 1.5, 10, 2_000, 10_000, 5_000);
        }
    }

    private static final class Node {
        final int position;
        final int line;
        final int fitness;
        final double width;
        final double stretch;
        final double shrink;
        final int fills;
        final double demerits;
        final boolean flagged;
        final Node previous;

        Node(int position, int line, int fitness, double width, double stretch, double shrink, int fills,
                double demerits, boolean flagged, Node previous) {
            this.position = position;
            this.line = line;
            this.fitness = fitness;
            this.width = width;
            this.stretch = stretch;
            this.shrink = shrink;
            this.fills = fills;
            this.demerits = demerits;
            this.flagged = flagged;
            this.previous = previous;
        }
    }

    /**
     * @param items  the paragraph, ending with {@link Items#finish()}
     * @param widths the line widths
     * @param params how to judge lines
     * @return the indices of the items where lines end, one per line, the last being the final
     *         forced break
     */
    public static int[] breakLines(Items items, LineWidths widths, Params params) {
        int[] breaks = firstPass(items, widths, params);
        return breaks != null ? breaks : laterPasses(items, widths, params);
    }

    /**
     * The first pass: no hyphenation, the strict tolerance.
     *
     * @return the breaks, as {@link #breakLines} gives them; null when no acceptable ones exist
     */
    public static int[] firstPass(Items items, LineWidths widths, Params params) {
        return run(items, widths, params, params.tolerance(), false, false);
    }

    /**
     * The passes after a failed first one: with hyphenation at the looser tolerance, then, when
     * even that fails, the emergency pass, which always finds breaks.
     *
     * @return the breaks, as {@link #breakLines} gives them
     */
    public static int[] laterPasses(Items items, LineWidths widths, Params params) {
        int[] breaks = run(items, widths, params, params.hyphenTolerance(), true, false);
        if (breaks == null) {
            breaks = run(items, widths, params, Double.POSITIVE_INFINITY, true, true);
        }
        return breaks;
    }

    private static boolean allowed(Items items, int i, boolean hyphenate, boolean emergency) {
        int p = items.penalty(i);
        if (p >= Items.INFINITY) {
            return false;
        }
        if (p >= EMERGENCY && !emergency) {
            return false;
        }
        return hyphenate || !(items.flagged(i) && items.width(i) > 0);
    }

    private static int[] run(Items items, LineWidths widths, Params params, double tolerance, boolean hyphenate,
            boolean emergency) {
        int n = items.size();
        List<Node> active = new ArrayList<>();
        active.add(new Node(0, 0, 1, 0, 0, 0, 0, 0, false, null));
        double sumW = 0;
        double sumY = 0;
        double sumZ = 0;
        int sumF = 0;
        Node lastDeactivated = null;
        Candidates candidates = new Candidates();
        for (int b = 0; b < n; b++) {
            byte type = items.type(b);
            if (type == Items.BOX) {
                sumW += items.width(b);
                continue;
            }
            boolean legal;
            if (type == Items.GLUE) {
                legal = b > 0 && items.type(b - 1) == Items.BOX;
            } else {
                legal = allowed(items, b, hyphenate, emergency);
            }
            if (legal) {
                Node deactivated = tryBreak(items, widths, params, tolerance, emergency, active, candidates, b, sumW, sumY,
                        sumZ, sumF);
                if (deactivated != null) {
                    lastDeactivated = deactivated;
                }
                if (active.isEmpty()) {
                    if (!emergency || lastDeactivated == null) {
                        return null;
                    }
                    // Nothing fits: keep going from the best line that was given up, overfull.
                    active.add(after(items, b, lastDeactivated.line + 1, 1, sumW, sumY, sumZ, sumF,
                            lastDeactivated.demerits + 1e9, items.type(b) == Items.PENALTY && items.flagged(b),
                            lastDeactivated));
                }
            }
            if (type == Items.GLUE) {
                sumW += items.width(b);
                float y = items.stretch(b);
                if (y == Items.FILL) {
                    sumF++;
                } else {
                    sumY += y;
                }
                sumZ += items.shrink(b);
            }
        }
        Node best = null;
        for (Node a : active) {
            if (a.position == n - 1 && (best == null || a.demerits < best.demerits)) {
                best = a;
            }
        }
        if (best == null) {
            return null;
        }
        int[] out = new int[best.line];
        for (Node a = best; a.previous != null; a = a.previous) {
            out[a.line - 1] = a.position;
        }
        return out;
    }

    private static Node tryBreak(Items items, LineWidths widths, Params params, double tolerance, boolean emergency,
            List<Node> active, Candidates best, int b, double sumW, double sumY, double sumZ, int sumF) {
        boolean isPenalty = items.type(b) == Items.PENALTY;
        int penalty = isPenalty ? items.penalty(b) : 0;
        boolean flagged = isPenalty && items.flagged(b);
        boolean forced = isPenalty && penalty <= -Items.INFINITY;
        int constantFrom = widths.constantFrom();
        best.clear();
        Node deactivatedBest = null;
        for (int k = 0; k < active.size(); k++) {
            Node a = active.get(k);
            double length = sumW - a.width + (isPenalty ? items.width(b) : 0);
            double lineWidth = widths.width(a.line);
            double ratio;
            if (Math.abs(length - lineWidth) < FIT) {
                ratio = 0;
            } else if (length < lineWidth) {
                if (sumF - a.fills > 0) {
                    ratio = 0;
                } else {
                    double stretch = sumY - a.stretch + (params.ragged() ? params.raggedStretch() : 0);
                    ratio = stretch > 0 ? (lineWidth - length) / stretch : INFINITE_RATIO;
                }
            } else if (length > lineWidth) {
                double shrink = sumZ - a.shrink;
                ratio = shrink > 0 ? (lineWidth - length) / shrink : -INFINITE_RATIO;
            } else {
                ratio = 0;
            }
            boolean deactivate = ratio < -1 || forced;
            if (ratio >= -1 && (ratio <= tolerance || emergency)) {
                double badness = Math.min(100 * Math.pow(Math.abs(ratio), 3), 1e7);
                double base = params.linePenalty() + badness;
                double d;
                if (penalty >= 0) {
                    d = base * base + (double) penalty * penalty;
                } else if (penalty > -Items.INFINITY) {
                    d = base * base - (double) penalty * penalty;
                } else {
                    d = base * base;
                }
                if (flagged && a.flagged) {
                    d += params.doubleHyphenDemerits();
                }
                if (forced && a.flagged) {
                    d += params.finalHyphenDemerits();
                }
                int fitness = ratio < -0.5 ? 0 : ratio <= 0.5 ? 1 : ratio <= 1 ? 2 : 3;
                if (Math.abs(fitness - a.fitness) > 1) {
                    d += params.adjacentDemerits();
                }
                d += a.demerits;
                int lineClass = Math.min(a.line + 1, constantFrom);
                long key = ((long) lineClass << 8) | fitness;
                int at = best.indexOf(key);
                if (at < 0 || d < best.nodes[at].demerits) {
                    best.put(at, key, new Node(b, a.line + 1, fitness, 0, 0, 0, 0, d, flagged, a));
                }
            }
            if (deactivate) {
                if (deactivatedBest == null || a.demerits < deactivatedBest.demerits) {
                    deactivatedBest = a;
                }
                active.remove(k);
                k--;
            }
        }
        if (best.size > 0) {
            double min = Double.POSITIVE_INFINITY;
            for (int i = 0; i < best.size; i++) {
                min = Math.min(min, best.nodes[i].demerits);
            }
            best.sortByKey();
            for (int i = 0; i < best.size; i++) {
                Node c = best.nodes[i];
                if (c.demerits <= min + params.adjacentDemerits()) {
                    active.add(after(items, b, c.line, c.fitness, sumW, sumY, sumZ, sumF, c.demerits, c.flagged,
                            c.previous));
                }
            }
        }
        return deactivatedBest;
    }

    /**
     * The best new node at one break for each class of line number and fitness, keyed as
     * {@code lineClass << 8 | fitness}: a handful at most, so a few arrays searched in order,
     * reused from break to break, instead of a map allocated at every legal break.
     */
    private static final class Candidates {
        long[] keys = new long[8];
        Node[] nodes = new Node[8];
        int size;

        void clear() {
            java.util.Arrays.fill(nodes, 0, size, null);
            size = 0;
        }

        int indexOf(long key) {
            for (int i = 0; i < size; i++) {
                if (keys[i] == key) {
                    return i;
                }
            }
            return -1;
        }

        /** Replaces entry {@code at}, or adds the key when {@code at} is negative. */
        void put(int at, long key, Node node) {
            if (at >= 0) {
                nodes[at] = node;
                return;
            }
            if (size == keys.length) {
                keys = java.util.Arrays.copyOf(keys, size * 2);
                nodes = java.util.Arrays.copyOf(nodes, size * 2);
            }
            keys[size] = key;
            nodes[size] = node;
            size++;
        }

        /** Orders the entries by key, ascending, as the new active nodes are added. */
        void sortByKey() {
            for (int i = 1; i < size; i++) {
                long k = keys[i];
                Node n = nodes[i];
                int j = i - 1;
                while (j >= 0 && keys[j] > k) {
                    keys[j + 1] = keys[j];
                    nodes[j + 1] = nodes[j];
                    j--;
                }
                keys[j + 1] = k;
                nodes[j + 1] = n;
            }
        }
    }

    /** A new active node at break {@code b}, with totals that skip the glue and penalties a line start discards. */
    private static Node after(Items items, int b, int line, int fitness, double sumW, double sumY, double sumZ,
            int sumF, double demerits, boolean flagged, Node previous) {
        double w = sumW;
        double y = sumY;
        double z = sumZ;
        int f = sumF;
        for (int i = b; i < items.size(); i++) {
            byte type = items.type(i);
            if (type == Items.BOX) {
                break;
            }
            if (type == Items.GLUE) {
                w += items.width(i);
                float s = items.stretch(i);
                if (s == Items.FILL) {
                    f++;
                } else {
                    y += s;
                }
                z += items.shrink(i);
            } else if (items.penalty(i) <= -Items.INFINITY && i > b) {
                break;
            }
        }
        return new Node(b, line, fitness, w, y, z, f, demerits, flagged, previous);
    }
}

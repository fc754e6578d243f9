package org.briefkit.pdf.internal.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The Knuth-Plass breaker on paragraphs measured with a fake metric: every letter 10 units wide,
 * every space 10 units that stretch by 5 and shrink by 3. Its answers are checked against a
 * brute force search over every way to break the paragraph.
 */
class LineBreakerTest {
    private static final float LETTER = 10;
    private static final float SPACE = 10;
    private static final float STRETCH = 5;
    private static final float SHRINK = 3;
    private static final LineBreaker.Params PARAMS = LineBreaker.Params.justified();

    /** Items for words of the given lengths in letters. */
    private static Items paragraph(int... words) {
        Items items = new Items();
        for (int i = 0; i < words.length; i++) {
            if (i > 0) {
                items.glue(SPACE, STRETCH, SHRINK);
            }
            items.box(words[i] * LETTER);
        }
        return items.finish();
    }

    @Test
    void findsTheKnownOptimalBreaksOfAFixedParagraph() {
        // First fit (shrinking spaces as far as allowed) puts six words on the first line
        // (r = -0.67) and leaves "4 4 7" for the second, 50 units short with 10 of stretch (r = 3,
        // too loose to accept). Total fit sets the first line slightly loose (180 + 20 of
        // stretch: r = 1.0), so that the second fills the measure exactly (r = 0).
        Items items = paragraph(2, 4, 2, 4, 2, 2, 4, 4, 7, 5, 2, 4);
        int[] breaks = LineBreaker.breakLines(items, LineBreaker.LineWidths.constant(200), PARAMS);
        assertEquals(List.of("2 4 2 4 2", "2 4 4 7", "5 2 4"), lines(items, breaks));
        assertArrayEquals(new int[] {9, 17, items.size() - 1}, breaks);
        double expected = sq(10 + 100) + sq(10 + 0) + sq(10 + 0); // badness 100 r^3, plus the line penalty
        assertEquals(expected, demerits(items, breaks, 200), 1e-6);
        assertEquals(bruteForce(items, 200, 1.0), demerits(items, breaks, 200), 1e-6);
    }

    private static double sq(double x) {
        return x * x;
    }

    @Test
    void agreesWithBruteForceOnRandomParagraphs() {
        Random random = new Random(1981);
        int checked = 0;
        for (int trial = 0; trial < 1500; trial++) {
            int n = 8 + random.nextInt(7);
            int[] words = new int[n];
            for (int i = 0; i < n; i++) {
                words[i] = 2 + random.nextInt(6);
            }
            float measure = 160 + random.nextInt(140);
            Items items = paragraph(words);
            double best = bruteForce(items, measure, PARAMS.tolerance());
            if (Double.isInfinite(best)) {
                continue; // no first-pass solution; the looser passes are checked elsewhere
            }
            int[] breaks = LineBreaker.breakLines(items, LineBreaker.LineWidths.constant(measure), PARAMS);
            assertEquals(best, demerits(items, breaks, measure), 1e-6 * Math.max(1, best), "trial " + trial);
            checked++;
        }
        assertTrue(checked > 100, "too few feasible trials: " + checked);
    }

    @Test
    void breaksAWordLongerThanTheMeasure() {
        Items items = new Items();
        items.box(30).glue(SPACE, STRETCH, SHRINK);
        for (int i = 0; i < 40; i++) {
            if (i > 0) {
                items.penalty(0, LineBreaker.EMERGENCY, false);
            }
            items.box(LETTER);
        }
        items.glue(SPACE, STRETCH, SHRINK).box(30).finish();
        int[] breaks = LineBreaker.breakLines(items, LineBreaker.LineWidths.constant(100), PARAMS);
        for (int line = 0; line < breaks.length; line++) {
            assertTrue(width(items, line == 0 ? 0 : breaks[line - 1] + 1, breaks[line]) <= 100 + 1e-3,
                    "line " + line + " overflows");
        }
        assertTrue(breaks.length >= 4);
    }

    @Test
    void prefersNoHyphenWhenSpacingIsGoodWithout() {
        Items items = new Items();
        items.box(45).glue(SPACE, STRETCH, SHRINK).box(45).glue(SPACE, STRETCH, SHRINK).box(40).penalty(5, 50, true)
                .box(40).finish();
        int[] breaks = LineBreaker.breakLines(items, LineBreaker.LineWidths.constant(100), PARAMS);
        assertEquals(Items.GLUE, items.type(breaks[0]), "the first line should end at a space, not a hyphen");
    }

    @Test
    void hyphenatesWhenOtherwiseNoLineFits() {
        Items items = new Items();
        items.box(55).glue(SPACE, STRETCH, SHRINK).box(30).penalty(5, 50, true).box(60).finish();
        int[] breaks = LineBreaker.breakLines(items, LineBreaker.LineWidths.constant(100), PARAMS);
        assertEquals(Items.PENALTY, items.type(breaks[0]));
        assertTrue(items.flagged(breaks[0]));
    }

    @Test
    void raggedModeBalancesTheRag() {
        Items items = new Items();
        int[] words = {5, 5, 5, 5, 5, 5, 5, 2};
        for (int i = 0; i < words.length; i++) {
            if (i > 0) {
                items.glue(SPACE, 0, 0);
            }
            items.box(words[i] * LETTER);
        }
        items.finish();
        int[] breaks = LineBreaker.breakLines(items, LineBreaker.LineWidths.constant(175),
                LineBreaker.Params.ragged(40));
        // greedy gives 3 words (170), 3 words, then a short line; total fit never leaves a line under the limit
        for (int line = 0; line < breaks.length - 1; line++) {
            float w = width(items, line == 0 ? 0 : breaks[line - 1] + 1, breaks[line]);
            assertTrue(w <= 175 && w >= 175 - 40, "line " + line + " is " + w);
        }
    }

    // ---------------------------------------------------------------- the oracle

    /** The least total demerits of any breaking whose lines all have -1 <= r <= tolerance. */
    private static double bruteForce(Items items, float measure, double tolerance) {
        List<Integer> legal = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (items.type(i) == Items.GLUE && i > 0 && items.type(i - 1) == Items.BOX
                    || items.type(i) == Items.PENALTY && items.penalty(i) < Items.INFINITY) {
                legal.add(i);
            }
        }
        int last = items.size() - 1;
        legal.remove(Integer.valueOf(last));
        double best = Double.POSITIVE_INFINITY;
        for (long mask = 0; mask < (1L << legal.size()); mask++) {
            List<Integer> breaks = new ArrayList<>();
            for (int k = 0; k < legal.size(); k++) {
                if ((mask & (1L << k)) != 0) {
                    breaks.add(legal.get(k));
                }
            }
            breaks.add(last);
            int[] b = breaks.stream().mapToInt(Integer::intValue).toArray();
            double d = demerits(items, b, measure, tolerance);
            best = Math.min(best, d);
        }
        return best;
    }

    private static double demerits(Items items, int[] breaks, float measure) {
        return demerits(items, breaks, measure, Double.POSITIVE_INFINITY);
    }

    /** Total demerits with the breaker's formulas, or infinity if a line is infeasible. */
    private static double demerits(Items items, int[] breaks, float measure, double tolerance) {
        double total = 0;
        int previousFitness = 1;
        boolean previousFlagged = false;
        int from = 0;
        for (int line = 0; line < breaks.length; line++) {
            int b = breaks[line];
            int start = from;
            while (start < b && items.type(start) != Items.BOX) {
                start++;
            }
            double w = 0;
            double y = 0;
            double z = 0;
            boolean fill = false;
            for (int i = start; i < b; i++) {
                if (items.type(i) == Items.BOX) {
                    w += items.width(i);
                } else if (items.type(i) == Items.GLUE) {
                    w += items.width(i);
                    if (items.stretch(i) == Items.FILL) {
                        fill = true;
                    } else {
                        y += items.stretch(i);
                    }
                    z += items.shrink(i);
                }
            }
            boolean penalty = items.type(b) == Items.PENALTY;
            if (penalty) {
                w += items.width(b);
            }
            double r;
            if (w < measure) {
                r = fill ? 0 : y > 0 ? (measure - w) / y : 1e6;
            } else if (w > measure) {
                r = z > 0 ? (measure - w) / z : -1e6;
            } else {
                r = 0;
            }
            if (r < -1 || r > tolerance) {
                return Double.POSITIVE_INFINITY;
            }
            double badness = Math.min(100 * Math.pow(Math.abs(r), 3), 1e7);
            int p = penalty ? items.penalty(b) : 0;
            double base = PARAMS.linePenalty() + badness;
            double d = p >= 0 ? base * base + (double) p * p : p > -Items.INFINITY ? base * base - (double) p * p
                    : base * base;
            boolean flagged = penalty && items.flagged(b);
            if (flagged && previousFlagged) {
                d += PARAMS.doubleHyphenDemerits();
            }
            int fitness = r < -0.5 ? 0 : r <= 0.5 ? 1 : r <= 1 ? 2 : 3;
            if (Math.abs(fitness - previousFitness) > 1) {
                d += PARAMS.adjacentDemerits();
            }
            total += d;
            previousFitness = fitness;
            previousFlagged = flagged;
            from = b + 1;
        }
        return total;
    }

    private static float width(Items items, int from, int to) {
        float w = 0;
        int start = from;
        while (start < to && items.type(start) != Items.BOX) {
            start++;
        }
        for (int i = start; i < to; i++) {
            if (items.type(i) != Items.PENALTY) {
                w += items.width(i);
            }
        }
        return w;
    }

    private static List<String> lines(Items items, int[] breaks) {
        List<String> out = new ArrayList<>();
        int from = 0;
        for (int b : breaks) {
            StringBuilder line = new StringBuilder();
            for (int i = from; i < b; i++) {
                if (items.type(i) == Items.BOX) {
                    line.append(line.length() > 0 ? " " : "").append((int) (items.width(i) / LETTER));
                }
            }
            out.add(line.toString());
            from = b + 1;
        }
        return out;
    }
}

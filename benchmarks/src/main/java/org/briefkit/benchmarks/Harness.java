package org.briefkit.benchmarks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Times several subjects on the same input in interleaved rounds, so that whatever else the
 * machine is doing weighs on all of them alike and their ratios hold on a noisy, shared machine.
 *
 * <p>First a warm-up: every subject in turn, round after round, each for a slice of a quarter of a
 * second (or one run, when a run takes longer), until the warm-up time is spent: a fast subject
 * runs hundreds of times, and the JIT compiles the hot paths of all of them. Then each subject
 * gets a batch size, so that one sample lasts at least {@code sampleMs} (small documents render in
 * a millisecond or two; one sample then averages a few renders). Then the measured rounds: in
 * each, every subject runs one batch, after a {@code System.gc()} so no subject pays for the
 * garbage of another, in an order rotated from round to round (and reversed every other round)
 * so no subject always follows the same one. Rounds continue until the budget is spent, between a
 * minimum and a maximum count. A sample is the mean time of one operation in its batch.
 */
final class Harness {
    /** Some work to time. */
    interface Job {
        void run() throws Exception;
    }

    /** @param name its name in tables; @param job the work */
    record Subject(String name, Job job) {
    }

    /**
     * @param warmSeconds   the least warm-up time
     * @param warmRounds    the least number of warm-up rounds
     * @param minRounds     the least number of measured rounds
     * @param maxRounds     the most measured rounds
     * @param budgetSeconds measured rounds stop once this is spent (and minRounds are done)
     * @param sampleMs      the least duration of one sample
     */
    record Plan(double warmSeconds, int warmRounds, int minRounds, int maxRounds, double budgetSeconds,
            double sampleMs) {
        Plan scaled(double factor, int minimumRounds) {
            return new Plan(warmSeconds * factor, Math.max(1, (int) Math.round(warmRounds * factor)),
                    Math.max(minimumRounds, (int) Math.round(minRounds * factor)),
                    Math.max(minimumRounds, (int) Math.round(maxRounds * factor)), budgetSeconds * factor, sampleMs);
        }
    }

    /** How long each subject runs, at least, in each warm-up round. */
    private static final long WARM_SLICE_NANOS = 250_000_000L;

    private Harness() {
    }

    /** @return each subject's samples, in ms per operation, round by round (index i is round i for all) */
    static Map<String, double[]> run(String label, List<Subject> subjects, Plan plan) throws Exception {
        int n = subjects.size();
        double[] last = new double[n];
        int[] warmRuns = new int[n];
        long warmStart = System.nanoTime();
        int warmRounds = 0;
        while (warmRounds < plan.warmRounds() || seconds(warmStart) < plan.warmSeconds()) {
            for (int i = 0; i < n; i++) {
                // A slice of time for each subject, so a fast one runs hundreds of times while a
                // slow one (the peer) runs once: every subject's hot code gets compiled.
                long sliceEnd = System.nanoTime() + WARM_SLICE_NANOS;
                do {
                    long t = System.nanoTime();
                    subjects.get(i).job().run();
                    last[i] = (System.nanoTime() - t) / 1e6;
                    warmRuns[i]++;
                } while (System.nanoTime() < sliceEnd);
            }
            warmRounds++;
        }
        int[] batch = new int[n];
        for (int i = 0; i < n; i++) {
            batch[i] = (int) Math.max(1, Math.ceil(plan.sampleMs() / Math.max(0.01, last[i])));
        }
        List<double[]> rounds = new ArrayList<>();
        long start = System.nanoTime();
        while (rounds.size() < plan.minRounds()
                || (rounds.size() < plan.maxRounds() && seconds(start) < plan.budgetSeconds())) {
            int r = rounds.size();
            double[] sample = new double[n];
            for (int k = 0; k < n; k++) {
                int i = (r % 2 == 0) ? (k + r / 2) % n : (n - 1 - k + r / 2) % n;
                System.gc();
                long t = System.nanoTime();
                for (int b = 0; b < batch[i]; b++) {
                    subjects.get(i).job().run();
                }
                sample[i] = (System.nanoTime() - t) / 1e6 / batch[i];
            }
            rounds.add(sample);
        }
        Map<String, double[]> out = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            double[] s = new double[rounds.size()];
            for (int r = 0; r < s.length; r++) {
                s[r] = rounds.get(r)[i];
            }
            out.put(subjects.get(i).name(), s);
        }
        System.err.printf(Locale.ROOT, "  %s: %d warm-up rounds (%.0f s, runs %s), %d rounds (%.0f s), batches %s%n",
                label, warmRounds, (start - warmStart) / 1e9, Arrays.toString(warmRuns), rounds.size(), seconds(start),
                Arrays.toString(batch));
        return out;
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    /** A median and its spread. */
    record Stats(double median, double p25, double p75, double min, double max, int n) {
        static Stats of(double[] samples) {
            double[] s = samples.clone();
            Arrays.sort(s);
            return new Stats(quantile(s, 0.5), quantile(s, 0.25), quantile(s, 0.75), s[0], s[s.length - 1],
                    s.length);
        }

        /** @return half the interquartile range, as a fraction of the median */
        double spread() {
            return median == 0 ? 0 : (p75 - p25) / 2 / median;
        }

        private static double quantile(double[] sorted, double q) {
            double pos = q * (sorted.length - 1);
            int lo = (int) Math.floor(pos);
            int hi = (int) Math.ceil(pos);
            return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
        }
    }

    /** @return the round-by-round ratios a / b */
    static double[] ratios(double[] a, double[] b) {
        double[] r = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            r[i] = a[i] / b[i];
        }
        return r;
    }

    /** @return the round-by-round sums */
    static double[] sum(double[] a, double[] b) {
        double[] r = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            r[i] = a[i] + b[i];
        }
        return r;
    }

    /** @return the samples times a factor */
    static double[] scale(double[] a, double factor) {
        double[] r = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            r[i] = a[i] * factor;
        }
        return r;
    }
}

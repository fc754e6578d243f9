package org.briefkit.reliability;

/**
 * How many random cases a run tries, and from which seed. CI runs the defaults, sized to finish
 * the module in a few minutes on 2 cores; {@code -Pthorough} (or {@code -Dreliability.thorough=true})
 * multiplies every count by {@value #THOROUGH_FACTOR}. {@code -Dreliability.seed=N} repeats a run;
 * without it each run draws a new seed and prints it, so CI explores and a failure can be replayed.
 */
final class Budget {
    /** How many times more cases the thorough profile tries. */
    static final int THOROUGH_FACTOR = 10;
    private static final long SEED = Long.getLong("reliability.seed", System.nanoTime() ^ 0x5DEECE66DL);

    private Budget() {
    }

    /** @return whether the long profile is on */
    static boolean thorough() {
        return Boolean.getBoolean("reliability.thorough");
    }

    /**
     * @param name     the count's name: {@code -Dreliability.<name>=N} overrides it
     * @param defaults the count in CI
     * @return the count for this run
     */
    static int cases(String name, int defaults) {
        Integer set = Integer.getInteger("reliability." + name);
        if (set != null) {
            return set;
        }
        return thorough() ? defaults * THOROUGH_FACTOR : defaults;
    }

    /** @return the run's seed */
    static long seed() {
        return SEED;
    }

    /** @param seed a run's seed; @param i a case's index; @return the case's own seed */
    static long caseSeed(long seed, int i) {
        long z = seed + 0x9E3779B97F4A7C15L * (i + 1);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}

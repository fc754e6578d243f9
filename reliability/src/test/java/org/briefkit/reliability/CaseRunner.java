package org.briefkit.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs numbered random cases on every core, each within a time bound, and fails with the first
 * few failures, each with the seed and index that make it again.
 */
final class CaseRunner {
    /** One case: throws an AssertionError (or anything else) when it fails. */
    @FunctionalInterface
    interface Case {
        void run(int index) throws Exception;
    }

    private CaseRunner() {
    }

    /**
     * Runs the cases and waits for each to end, however long that takes: every read counts its
     * work and stops past its budget, and every render is bounded by its document, so a case ends
     * on its own; a time limit would fail good cases on a busy machine.
     *
     * @param name    the property, for messages
     * @param seed    the run's seed
     * @param cases   how many cases
     * @param check   the case
     */
    static void run(String name, long seed, int cases, Case check) throws InterruptedException {
        int threads = Math.max(2, Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "case-" + name);
            t.setDaemon(true);
            return t;
        });
        List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicInteger failed = new AtomicInteger();
        long start = System.nanoTime();
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < cases; i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    if (failed.get() >= 5) {
                        return;
                    }
                    try {
                        check.run(index);
                    } catch (Throwable t) {
                        failed.incrementAndGet();
                        failures.add(describe(name, seed, index, t));
                    }
                }));
            }
            for (int i = 0; i < futures.size(); i++) {
                try {
                    futures.get(i).get();
                } catch (java.util.concurrent.ExecutionException e) {
                    failures.add(describe(name, seed, i, e.getCause()));
                }
            }
        } finally {
            pool.shutdownNow();
        }
        // Tests derive their seed from the run's (Budget.seed()), which is the one that replays them.
        System.out.printf("%s: %d cases in %.1f s (run seed %d)%n", name, cases, (System.nanoTime() - start) / 1e9,
                Budget.seed());
        if (!failures.isEmpty()) {
            throw new AssertionError(failures.size() + " failing case(s) of " + name + "; rerun with -Dreliability.seed="
                    + Budget.seed() + "\n\n" + String.join("\n\n", failures.subList(0, Math.min(3, failures.size()))));
        }
    }


    private static String describe(String name, long seed, int index, Throwable t) {
        java.io.StringWriter trace = new java.io.StringWriter();
        Throwable root = t;
        while (root instanceof AssertionError && root.getCause() != null) {
            root = root.getCause();
        }
        if (!(root instanceof AssertionError)) {
            root.printStackTrace(new java.io.PrintWriter(trace));
        }
        String text = trace.toString();
        return name + " case " + index + " (seed " + seed + "): " + t.getMessage()
                + (text.isEmpty() ? "" : "\n" + (text.length() > 3000 ? text.substring(0, 3000) : text));
    }
}

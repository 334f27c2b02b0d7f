package org.raciplanner.bench;

import java.util.Arrays;

/** Timing helpers: best of N after warm-up, and percentiles of latencies. */
final class Stats {

    private Stats() {
    }

    @FunctionalInterface
    interface Run {
        void run() throws Exception;
    }

    /** Milliseconds of the fastest of {@code runs} runs, after {@code warmUps} untimed ones. */
    static double bestOf(int warmUps, int runs, Run run) throws Exception {
        for (int i = 0; i < warmUps; i++) {
            run.run();
        }
        double best = Double.MAX_VALUE;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            run.run();
            best = Math.min(best, (System.nanoTime() - start) / 1e6);
        }
        return best;
    }

    /** The p-th percentile (0–100) of latencies in nanoseconds, in milliseconds (nearest rank). */
    static double percentile(long[] nanos, double p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
    }

    static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}

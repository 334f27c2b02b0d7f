package org.raciplanner.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;

/** Closed-loop load: each client sends its next request as soon as the last one is answered. */
final class Load {

    private Load() {
    }

    record Outcome(double p50, double p99, double perSecond) {
    }

    private static final int WARM_UP_SECONDS = 5;

    /** Runs the same load untimed for a few seconds first, so the JIT has compiled the paths measured. */
    static Outcome run(BenchHttp http, List<String> paths, int clients, int seconds) throws Exception {
        measure(http, paths, clients, Math.min(WARM_UP_SECONDS, seconds));
        return measure(http, paths, clients, seconds);
    }

    private static Outcome measure(BenchHttp http, List<String> paths, int clients, int seconds) throws Exception {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        return measureWhile(http, paths, clients, () -> System.nanoTime() < deadline);
    }

    /** The same load for as long as {@code going} says; the rate is per second of that time. */
    static Outcome measureWhile(BenchHttp http, List<String> paths, int clients, BooleanSupplier going) throws Exception {
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<long[]>> futures = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                futures.add(pool.submit(() -> client(http, paths, going)));
            }
            List<long[]> all = new ArrayList<>();
            int total = 0;
            for (Future<long[]> f : futures) {
                long[] latencies = f.get();
                all.add(latencies);
                total += latencies.length;
            }
            long[] merged = new long[total];
            int at = 0;
            for (long[] latencies : all) {
                System.arraycopy(latencies, 0, merged, at, latencies.length);
                at += latencies.length;
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            return new Outcome(Stats.percentile(merged, 50), Stats.percentile(merged, 99), total / seconds);
        } finally {
            pool.shutdownNow();
        }
    }

    private static long[] client(BenchHttp http, List<String> paths, BooleanSupplier going) {
        long[] latencies = new long[1024];
        int n = 0;
        while (going.getAsBoolean()) {
            String path = paths.get(ThreadLocalRandom.current().nextInt(paths.size()));
            long start = System.nanoTime();
            int status = http.fetch(path);
            long took = System.nanoTime() - start;
            if (status != 200) {
                throw new IllegalStateException(path + " answered " + status);
            }
            if (n == latencies.length) {
                latencies = java.util.Arrays.copyOf(latencies, n * 2);
            }
            latencies[n++] = took;
        }
        return java.util.Arrays.copyOf(latencies, n);
    }
}

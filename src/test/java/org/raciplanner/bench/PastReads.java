package org.raciplanner.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The benchmark's lines for a person's view and the matrix in the past: {@code matrix-at} (random
 * initiatives at random instants of their lives), {@code matrix-at-long} (one matrix whose history has
 * grown long by restaffing, read as it is now: the whole history replayed) and
 * {@code person-assignments} (the most assigned person), each sequential GETs over HTTP.
 */
final class PastReads {

    private static final int WARM_UPS = 10;
    private static final int RUNS = 200;
    private static final int LONG_RESTAFFINGS = 40;

    private final BenchHttp http;
    private final DataGenerator.Team team;
    private final Random random;

    PastReads(BenchHttp http, DataGenerator.Team team, long seed) {
        this.http = http;
        this.team = team;
        this.random = new Random(seed);
    }

    List<Result> matrixAt(PlainJdbc plain) throws Exception {
        Map<Long, long[]> lifetimes = plain.lifetimes(team.id());
        long end = System.currentTimeMillis();
        List<Long> initiatives = new ArrayList<>(lifetimes.keySet());
        long[] nanos = timed(() -> {
            long id = initiatives.get(random.nextInt(initiatives.size()));
            long from = lifetimes.get(id)[0];
            Instant at = Instant.ofEpochMilli(from + (long) (random.nextDouble() * (end - from)));
            return "/api/v1/teams/" + team.id() + "/initiatives/" + id + "/matrix?at=" + at;
        });
        long[] now = timed(() -> "/api/v1/teams/" + team.id() + "/initiatives/" + initiatives.get(random.nextInt(initiatives.size()))
                + "/matrix");
        String note = RUNS + " sequential GETs of random initiatives at random instants of their lives; baseline: the same GETs"
                + " of matrices as they are now";
        return List.of(Result.against("matrix-at-p50", Stats.percentile(nanos, 50), Stats.percentile(now, 50), "ms", note),
                Result.against("matrix-at-p99", Stats.percentile(nanos, 99), Stats.percentile(now, 99), "ms", note));
    }

    /** Restaffs one initiative again and again (each time its template's letters come and go), then reads it now. */
    @SuppressWarnings("unchecked")
    List<Result> matrixAtLong(PlainJdbc plain) throws Exception {
        long id = team.initiatives().get(0);
        String base = "/api/v1/teams/" + team.id() + "/initiatives/" + id;
        List<Map<String, Object>> staffing = new ArrayList<>();
        http.getList(base + "/staffing").forEach(s -> staffing.add(Map.of("role", s.get("role"), "person", s.get("person"))));
        for (int i = 0; i < LONG_RESTAFFINGS; i++) {
            http.put(base + "/staffing", i % 2 == 0 ? staffing.subList(0, staffing.size() / 2) : staffing);
        }
        long entries = plain.count("select count(*) from history where initiative_id = " + id);
        long[] nanos = timed(() -> base + "/matrix?at=" + Instant.now());
        String note = RUNS + " sequential GETs of one matrix as it is now, replaying its " + entries + " history entries ("
                + LONG_RESTAFFINGS + " restaffings)";
        return List.of(Result.of("matrix-at-long-p50", Stats.percentile(nanos, 50), "ms", note),
                Result.of("matrix-at-long-p99", Stats.percentile(nanos, 99), "ms", note));
    }

    List<Result> personAssignments() {
        Map<String, Object> most = http.getList("/api/v1/teams/" + team.id() + "/workload").stream()
                .max(Comparator.comparingInt(w -> cells(w))).orElseThrow();
        long person = ((Number) most.get("personId")).longValue();
        long[] nanos = timed(() -> "/api/v1/teams/" + team.id() + "/people/" + person + "/assignments");
        long[] team = timed(() -> "/api/v1/teams/" + this.team.id() + "/warnings?personId=" + person);
        String note = RUNS + " sequential GETs of the assignments of the most assigned person (" + cells(most) + " cells, roles "
                + most.get("roles") + "); baseline: their warnings from the whole team's analysis (GET …/warnings?personId=)";
        return List.of(Result.against("person-assignments-p50", Stats.percentile(nanos, 50), Stats.percentile(team, 50), "ms", note),
                Result.against("person-assignments-p99", Stats.percentile(nanos, 99), Stats.percentile(team, 99), "ms", note));
    }

    private static int cells(Map<String, Object> workload) {
        return List.of("accountableCount", "responsibleCount", "consultedCount", "informedCount").stream()
                .mapToInt(k -> ((Number) workload.get(k)).intValue()).sum();
    }

    private long[] timed(PathSource paths) {
        long[] nanos = new long[RUNS];
        for (int i = -WARM_UPS; i < RUNS; i++) {
            String path = paths.next();
            long start = System.nanoTime();
            int status = http.fetch(path);
            if (status != 200) {
                throw new IllegalStateException(path + " answered " + status);
            }
            if (i >= 0) {
                nanos[i] = System.nanoTime() - start;
            }
        }
        return nanos;
    }

    @FunctionalInterface
    private interface PathSource {
        String next();
    }
}

package org.raciplanner.bench;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.ApplicationContext;
import io.micronaut.inject.qualifiers.Qualifiers;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import org.raciplanner.analysis.Analysis;
import org.raciplanner.analysis.Horizon;
import org.raciplanner.analysis.TeamSnapshot;
import org.raciplanner.spreadsheet.ExportProbe;
import org.raciplanner.warnings.TeamFacts;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * {@code mvn -B -Pbench verify [-Dbench.scale=S|M|L]}: builds a team of the chosen scale through
 * the API, then measures our code next to the floor of the libraries underneath, in the same run
 * on the same machine. Prints a table and writes {@code target/bench/report.json}.
 */
public final class Benchmark {

    private static final long SEED = 42;
    private static final int ROSTER_ROWS = 10_000;
    private static final int CLIENTS = 16;
    private static final int EXPORT_WARM_UPS = 20;
    private static final int EXPORT_WARM_UP_SECONDS = 60;

    private final ApplicationContext context;
    private final BenchHttp http;
    private final String operatorToken;
    private final Scale scale;
    private final List<Result> results = new ArrayList<>();

    private Benchmark(ApplicationContext context, BenchHttp http, String operatorToken, Scale scale) {
        this.context = context;
        this.http = http;
        this.operatorToken = operatorToken;
        this.scale = scale;
    }

    public static void main(String[] args) throws Exception {
        Scale scale = Scale.valueOf(System.getProperty("bench.scale", "M").strip().toUpperCase());
        String token = "bench-" + UUID.randomUUID();
        Map<String, Object> properties = Map.of("micronaut.server.port", -1, "raci.database.isolate", true,
                "raci.database.data-dir", "", "raci.admin-token", token, "logger.levels.root", "WARN");
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, properties)) {
            ApplicationContext context = server.getApplicationContext();
            BenchHttp http = new BenchHttp(server.getURL(), token, context.getBean(JsonMapper.class));
            Benchmark bench = new Benchmark(context, http, token, scale);
            bench.run();
            bench.report();
        }
        System.exit(0);
    }

    private void run() throws Exception {
        DatasourceConfiguration db = context.getBean(DatasourceConfiguration.class, Qualifiers.byName("default"));
        try (PlainJdbc plain = new PlainJdbc(db.getUrl(), db.getUsername(), db.getPassword())) {
            run(plain);
        }
    }

    private void run(PlainJdbc plain) throws Exception {
        say("Generating scale " + scale + ": " + scale.people + " people, " + scale.initiatives + " initiatives …");
        long start = System.nanoTime();
        DataGenerator.Team team = new DataGenerator(http, SEED).generate(scale);
        long cells = plain.count("select count(*) from cell where team_id = " + team.id());
        results.add(Result.of("generate", (System.nanoTime() - start) / 1e9, "s", cells + " cells, through the HTTP API"));
        plain.settle();
        if (selected("team-export")) {
            teamExport(team);
        }
        if (selected("team-export-heap-256m")) {
            smallHeapExport(team);
        }
        if (selected("initiative-export")) {
            initiativeExport(team);
        }
        if (selected("analysis") || selected("workload-by-week")) {
            double analysis = analysis(team, plain);
            if (selected("workload-by-week")) {
                workloadByWeek(team, analysis);
            }
        }
        if (selected("what-if")) {
            whatIf(team);
        }
        if (selected("roster-import")) {
            rosterImport(plain);
        }
        if (selected("matrix-get")) {
            matrixUnderLoad(team);
        }
        if (selected("export-under-load")) {
            exportUnderLoad(team);
        }
        PastReads past = new PastReads(http.as(team.token()), team, SEED);
        if (selected("matrix-at")) {
            say("matrix-at …");
            results.addAll(past.matrixAt(plain));
        }
        if (selected("person-assignments")) {
            say("person-assignments …");
            results.addAll(past.personAssignments());
        }
        if (selected("matrix-at-long")) {
            say("matrix-at-long: restaffing one initiative to grow its history …");
            results.addAll(past.matrixAtLong(plain));
        }
        if (selected("plan-export") || selected("plan-dry-run") || selected("plan-apply")) {
            say("plan-export, plan-dry-run, plan-apply …");
            results.addAll(new PlanBench(http.as(team.token()), team.id()).run());
        }
        if (selected("suggestions") || selected("fix-plan")) {
            say("suggestions and fix-plan …");
            results.addAll(FixBench.run(context, http, team.id()));
        }
    }

    /** {@code -Dbench.only=export-under-load,analysis} runs only those (after generating the team); unset, all. */
    private static boolean selected(String name) {
        String only = System.getProperty("bench.only", "").strip();
        return only.isEmpty() || List.of(only.split("\\s*,\\s*")).contains(name);
    }

    private void exportUnderLoad(DataGenerator.Team team) throws Exception {
        say("export-under-load: " + ExportUnderLoad.DOWNLOADS + " team workbooks at once from a service in -Xmx256m …");
        DatasourceConfiguration db = context.getBean(DatasourceConfiguration.class, Qualifiers.byName("default"));
        ExportUnderLoad.Outcome o = new ExportUnderLoad(db, operatorToken, http.as(team.token()), team).run();
        String counts = o.count(200) + " × 200, " + o.count(503) + " × 503, " + o.others() + " other"
                + (o.others() > 0 ? " (" + o.othersByStatus() + ")" : "")
                + (o.outOfMemoryLines() > 0 ? "; OutOfMemoryError in the service log " + o.outOfMemoryLines() + " times" : "; no OutOfMemoryError");
        results.add(Result.of("export-under-load-200", o.count(200), "of " + ExportUnderLoad.DOWNLOADS, counts));
        results.add(Result.of("export-under-load-503", o.count(503), "of " + ExportUnderLoad.DOWNLOADS, counts));
        results.add(Result.of("export-under-load-other", o.others(), "of " + ExportUnderLoad.DOWNLOADS, counts));
        results.add(Result.of("export-under-load-oom", o.outOfMemoryLines(), "lines", "OutOfMemoryError lines in the service log"));
        long[] served = o.servedNanos();
        if (served.length > 0) {
            String note = "time to the last byte of the downloads answered 200, queueing included";
            results.add(Result.of("export-under-load-p50", Stats.percentile(served, 50), "ms", note));
            results.add(Result.of("export-under-load-p99", Stats.percentile(served, 99), "ms", note));
        }
        results.add(Result.of("export-under-load-throughput", o.count(200) * 60 / o.seconds(), "wb/min",
                "workbooks answered 200 per minute while the " + ExportUnderLoad.DOWNLOADS + " downloads ran (" + Stats.round(o.seconds()) + " s)"));
        if (o.during() != null) {
            results.add(Result.against("export-under-load-matrix-p99", o.during().p99(), o.idle().p99(), "ms",
                    "matrix GET p99 of 4 readers while the workbooks were downloaded; baseline: the same readers idle"));
        } else {
            results.add(Result.of("export-under-load-matrix-p99", -1, "ms", "a matrix read failed during the downloads: " + o.readFailure()));
        }
    }

    /**
     * Ours and the baseline alternate, after warm-ups, so neither profits from the JIT having
     * compiled POI's paths while the other ran first. Ours runs far more code than raw POI (the
     * read, the analysis, the report sheets, the layout). Over the first 18 pairs the JIT's
     * compiler thread took 0.53 s of processor time per export, on the two processors the
     * exports run on; over pairs 31 to 45, 0.12 s. A service that has exported a
     * few workbooks is past that, so both warm up for {@value #EXPORT_WARM_UPS} runs or
     * {@value #EXPORT_WARM_UP_SECONDS} seconds, whichever ends first.
     */
    private void teamExport(DataGenerator.Team team) throws Exception {
        say("team-export …");
        ExportProbe probe = new ExportProbe(context);
        Object matrices = probe.matrices(team.id());
        Stats.Run ours = () -> probe.teamWorkbook(team.id(), OutputStream.nullOutputStream());
        Stats.Run raw = () -> ExportProbe.rawPoi(matrices, OutputStream.nullOutputStream());
        long warmUntil = System.nanoTime() + EXPORT_WARM_UP_SECONDS * 1_000_000_000L;
        int warmUps = 0;
        while (warmUps < EXPORT_WARM_UPS && (warmUps < 2 || System.nanoTime() < warmUntil)) {
            ours.run();
            raw.run();
            warmUps++;
        }
        double bestOurs = Double.MAX_VALUE;
        double bestRaw = Double.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            bestOurs = Math.min(bestOurs, Stats.bestOf(0, 1, ours));
            bestRaw = Math.min(bestRaw, Stats.bestOf(0, 1, raw));
        }
        results.add(Result.against("team-export", bestOurs, bestRaw, "ms",
                "best of 5, alternating after " + warmUps + " warm-ups each; ours reads the database, analyses the team and adds"
                        + " Workload, Load by week, Warnings, Legend, drop-downs, highlighting and print setup; baseline: raw POI SXSSF"
                        + " writing the same matrix cells and styles from memory"));
    }

    private void smallHeapExport(DataGenerator.Team team) throws Exception {
        say("team-export in -Xmx256m …");
        DatasourceConfiguration db = context.getBean(DatasourceConfiguration.class, Qualifiers.byName("default"));
        ProcessBuilder child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-cp", System.getProperty("java.class.path"), SmallHeapExport.class.getName(), String.valueOf(team.id()))
                .redirectErrorStream(true);
        child.environment().put("DATASOURCES_DEFAULT_URL", db.getUrl());
        child.environment().put("DATASOURCES_DEFAULT_USERNAME", db.getUsername());
        child.environment().put("DATASOURCES_DEFAULT_PASSWORD", db.getPassword() == null ? "" : db.getPassword());
        child.environment().put("LOGGER_LEVELS_ROOT", "WARN");
        Process process = child.start();
        String output = new String(process.getInputStream().readAllBytes());
        int exit = process.waitFor();
        String line = output.lines().filter(l -> l.startsWith("PEAK_HEAP_MB=")).findFirst().orElse(null);
        if (exit != 0 || line == null) {
            results.add(Result.of("team-export-heap-256m", -1, "MB", "FAILED in -Xmx256m (exit " + exit + "): "
                    + output.lines().filter(l -> l.contains("Error") || l.contains("Exception")).findFirst().orElse(output.strip())));
            return;
        }
        Map<String, Double> figures = new LinkedHashMap<>();
        for (String pair : line.split(" ")) {
            String[] kv = pair.split("=");
            figures.put(kv[0], Double.parseDouble(kv[1]));
        }
        results.add(Result.of("team-export-heap-256m", figures.get("PEAK_HEAP_MB"), "MB",
                "most heap in use (sampled every 2 ms) in a JVM started with -Xmx256m while it exported the team workbook; it took "
                        + Stats.round(figures.get("MILLIS")) + " ms there"));
        results.add(Result.of("team-export-heap-per-export", figures.get("LIVE_HEAP_MB") - figures.get("BASE_HEAP_MB"), "MB",
                "the most heap in use right after a GC during that export, less the heap in use before it ("
                        + Stats.round(figures.get("BASE_HEAP_MB")) + " MB after a full GC): what one export holds; the peak less"
                        + " that base, garbage included, was " + Stats.round(figures.get("PEAK_HEAP_MB") - figures.get("BASE_HEAP_MB"))
                        + " MB. raci.heavy.team-export.heap-per-task-mb is derived from this"));
    }

    private void initiativeExport(DataGenerator.Team team) {
        say("initiative-export over HTTP …");
        Random random = new Random(SEED);
        int warmUps = 10;
        int runs = 200;
        long[] nanos = new long[runs];
        for (int i = -warmUps; i < runs; i++) {
            long initiative = team.initiatives().get(random.nextInt(team.initiatives().size()));
            long start = System.nanoTime();
            int status = http.as(team.token()).fetch("/api/v1/teams/" + team.id() + "/initiatives/" + initiative + "/raci.xlsx");
            if (status != 200) {
                throw new IllegalStateException("initiative workbook answered " + status);
            }
            if (i >= 0) {
                nanos[i] = System.nanoTime() - start;
            }
        }
        results.add(Result.of("initiative-export-p50", Stats.percentile(nanos, 50), "ms", runs + " sequential downloads of random initiatives"));
        results.add(Result.of("initiative-export-p99", Stats.percentile(nanos, 99), "ms", runs + " sequential downloads of random initiatives"));
    }

    /** Answers our figure, the baseline of workload-by-week. */
    private double analysis(DataGenerator.Team team, PlainJdbc plain) throws Exception {
        say("analysis …");
        TeamFacts snapshots = context.getBean(TeamFacts.class);
        double ours = Stats.bestOf(3, 10, () -> Analysis.warnings(snapshots.load(team.id())));
        double raw = Stats.bestOf(3, 10, () -> plain.readTeam(team.id()));
        results.add(Result.against("analysis", ours, raw, "ms",
                "best of 10; ours loads the snapshot and runs every rule; baseline: plain JDBC reading the same rows"));
        return ours;
    }

    private void workloadByWeek(DataGenerator.Team team, double analysis) throws Exception {
        say("workload-by-week …");
        TeamFacts snapshots = context.getBean(TeamFacts.class);
        double ours = Stats.bestOf(3, 10, () -> {
            TeamSnapshot snapshot = snapshots.load(team.id());
            Analysis.workload(snapshot, snapshot.horizon().periods());
        });
        results.add(Result.against("workload-by-week", ours, analysis, "ms",
                "best of 10; ours loads the snapshot and works out every person's load in each week of the horizon ("
                        + Horizon.DEFAULT_WEEKS + " weeks); baseline: the analysis above (ours)"));
    }

    private void whatIf(DataGenerator.Team team) throws Exception {
        say("what-if …");
        WhatIfBench.Runs runs = new WhatIfBench(context).run(team.id());
        String note = WhatIfBench.RUNS + " runs; ours evaluates 10 changes of every type (loads the snapshot, applies them in memory,"
                + " analyses before and after, compares); baseline: the same runs of loading the snapshot and running every rule;"
                + " the slowest three: ours " + WhatIfBench.slowest(runs.evaluated()) + " ms, baseline "
                + WhatIfBench.slowest(runs.analysed()) + " ms";
        results.add(Result.against("what-if-p50", Stats.percentile(runs.evaluated(), 50), Stats.percentile(runs.analysed(), 50), "ms", note));
        results.add(Result.against("what-if-p99", Stats.percentile(runs.evaluated(), 99), Stats.percentile(runs.analysed(), 99), "ms", note));
    }

    private void rosterImport(PlainJdbc plain) throws Exception {
        say("roster-import of " + ROSTER_ROWS + " people …");
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < ROSTER_ROWS; i++) {
            rows.add(Map.of("name", "Imported person " + i, "email", "imported" + i + "@bench.example", "capacityHours", 40));
        }
        double ours = Stats.bestOf(1, 3, () -> http.postList("/api/v1/teams/" + newTeam() + "/people/batch", rows, 201));
        double raw = Stats.bestOf(1, 3, () -> plain.insertPeople(newTeam(), ROSTER_ROWS));
        results.add(Result.against("roster-import", ours, raw, "ms",
                "best of 3, each into a new team; ours: one all-or-nothing batch over HTTP; baseline: a plain JDBC batch insert"));
    }

    private void matrixUnderLoad(DataGenerator.Team team) throws Exception {
        int seconds = Integer.getInteger("bench.seconds", 20);
        say("matrix GET and /health under " + CLIENTS + " clients, " + seconds + " s each …");
        List<String> matrices = team.initiatives().stream()
                .map(i -> "/api/v1/teams/" + team.id() + "/initiatives/" + i + "/matrix").toList();
        BenchHttp teamClient = http.as(team.token());
        Load.Outcome matrix = Load.run(teamClient, matrices, CLIENTS, seconds);
        Load.Outcome health = Load.run(teamClient, List.of("/health"), CLIENTS, seconds);
        String note = CLIENTS + " concurrent clients with the team's token for " + seconds + " s, client in the same JVM;"
                + " baseline: /health under the same load";
        results.add(Result.against("matrix-get-p50", matrix.p50(), health.p50(), "ms", note));
        results.add(Result.against("matrix-get-p99", matrix.p99(), health.p99(), "ms", note));
        results.add(Result.against("matrix-get-throughput", matrix.perSecond(), health.perSecond(), "req/s", note));
    }

    private long newTeam() {
        return ((Number) http.postJson("/api/v1/teams", Map.of("name", "Import " + UUID.randomUUID()), 201).get("id")).longValue();
    }

    private void report() throws Exception {
        System.out.println();
        System.out.printf("raci-planner benchmark, scale %s (%d people, %d initiatives), %d cores, Java %s%n", scale, scale.people,
                scale.initiatives, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        System.out.printf("%-24s %12s %6s %12s %7s%n", "name", "value", "unit", "baseline", "ratio");
        for (Result r : results) {
            System.out.printf("%-24s %12.1f %6s %12s %7s%n", r.name(), r.value(), r.unit(),
                    r.baseline() == null ? "" : String.format("%.1f", r.baseline()), r.ratio() == null ? "" : String.format("%.2f", r.ratio()));
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("scale", scale.name());
        json.put("cores", Runtime.getRuntime().availableProcessors());
        json.put("java", System.getProperty("java.version"));
        json.put("results", results.stream().map(Result::toJson).toList());
        Path file = Path.of("target", "bench", "report.json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, context.getBean(JsonMapper.class).writeValueAsString(json));
        System.out.println("Written to " + file.toAbsolutePath());
    }

    private static void say(String what) {
        System.out.println("[bench] " + what);
    }
}

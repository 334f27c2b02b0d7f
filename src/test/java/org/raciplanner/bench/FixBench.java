package org.raciplanner.bench;

import io.micronaut.context.ApplicationContext;
import org.raciplanner.analysis.Analysis;
import org.raciplanner.fix.FixSearch;
import org.raciplanner.planning.fix.FixPlan;
import org.raciplanner.snapshot.Snapshot;
import org.raciplanner.snapshot.Snapshots;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The {@code suggestions} and {@code fix-plan} lines: timed over HTTP as a client meets them, with
 * the fix plan's quality beside them, counted from its answer and from the warnings before it; and
 * how many ERRORs no way the search knows can clear at all, and why (the search in process).
 */
final class FixBench {

    private FixBench() {
    }

    static List<Result> run(ApplicationContext context, BenchHttp http, long teamId) throws Exception {
        List<Result> results = new ArrayList<>();
        String team = "/api/v1/teams/" + teamId;
        Map<String, Object> busiest = http.getList(team + "/workload").stream().filter(w -> w.get("loadPercent") != null)
                .max(Comparator.comparingDouble(w -> ((Number) w.get("loadPercent")).doubleValue())).orElseThrow();
        String who = busiest.get("name") + " (" + busiest.get("loadPercent") + " % of capacity)";
        List<List<Map<String, Object>>> answers = new ArrayList<>();
        double suggestions = Stats.bestOf(1, 3, () -> answers.add(http.getList(team + "/suggestions?personId=" + busiest.get("personId"))));
        List<Map<String, Object>> last = answers.get(answers.size() - 1);
        long warnings = last.stream().map(s -> ((Map<?, ?>) s.get("warning")).get("id")).distinct().count();
        results.add(Result.of("suggestions", suggestions, "ms", "GET …/suggestions?personId= of the most loaded person, "
                + who + ": " + last.size() + " suggestions for " + warnings + " of their warnings; best of 3 after a warm-up"));

        List<Map<String, Object>> before = http.getList(team + "/warnings");
        List<Map<String, Object>> plans = new ArrayList<>();
        double plan = Stats.bestOf(1, 2, () -> plans.add(http.postJson(team + "/fix-plan", Map.of(), 201)));
        Map<String, Object> answer = plans.get(plans.size() - 1);
        Map<?, ?> result = (Map<?, ?>) answer.get("result");
        Map<String, Integer> was = bySeverity(before);
        Map<String, Integer> is = after(was, (Map<?, ?>) result.get("warnings"));
        int changes = ((List<?>) answer.get("changes")).size();
        boolean same = plans.stream().map(p -> p.get("changes")).distinct().count() == 1;
        results.add(Result.of("fix-plan", plan, "ms", "POST …/fix-plan {} of the whole team, the scenario saved; best of 2"
                + " after a warm-up; the three answers " + (same ? "were the same" : "DIFFERED") + ": " + answer.get("name")));

        Snapshot.Team snapshot = context.getBean(Snapshots.class).team(teamId).orElseThrow();
        FixSearch search = context.getBean(FixSearch.class);
        Analysis.Report report = search.analyse(snapshot);
        List<FixPlan.Alone> alone = search.alone(snapshot, report);
        List<FixPlan.Alone> unclearable = alone.stream().filter(a -> a.changes() == 0).toList();
        int errorsBefore = was.getOrDefault("ERROR", 0);
        int errorsAfter = is.getOrDefault("ERROR", 0);
        int clearable = errorsBefore - unclearable.size();
        int reachable = reachable(alone, FixPlan.MAX_CHANGES);
        results.add(Result.of("fix-plan-errors-after", errorsAfter, "of " + errorsBefore, "ERRORs before " + errorsBefore
                + ", after " + errorsAfter + " (the answer's errors: " + result.get("errors") + ")"));
        results.add(Result.of("fix-plan-warnings-after", is.getOrDefault("WARNING", 0), "of " + was.getOrDefault("WARNING", 0),
                "WARNINGs before " + was.getOrDefault("WARNING", 0) + ", after " + is.getOrDefault("WARNING", 0)));
        results.add(Result.of("fix-plan-changes", changes, "changes", "changes the plan used, of at most 500"));
        int cleared = errorsBefore - errorsAfter;
        results.add(Result.of("fix-plan-cleared", clearable == 0 ? 100 : Math.round(cleared * 1000.0 / clearable) / 10.0, "%",
                "of the " + clearable + " ERRORs clearable at all (" + cleared + " cleared, ERRORs introduced: "
                        + introducedErrors((Map<?, ?>) result.get("warnings")) + "); taken alone, cheapest first, "
                        + FixPlan.MAX_CHANGES + " changes reach at most " + reachable + " of them"));
        results.add(Result.of("fix-plan-unclearable", unclearable.size(), "ERRORs", "no way the search knows clears them, each"
                + " tried alone on the team as it is: " + count(unclearable, u -> u.warning().code() + " " + u.reason())
                + "; the clearable ones, with the changes their fixes alone take: " + costs(alone)));
        return results;
    }

    /** How many ERRORs {@code changes} changes clear at most if each costs what its fix alone does: the cheapest first. */
    private static int reachable(List<FixPlan.Alone> alone, int changes) {
        int left = changes;
        int n = 0;
        for (int cost : alone.stream().mapToInt(FixPlan.Alone::changes).filter(c -> c > 0).sorted().toArray()) {
            if (cost > left) {
                break;
            }
            left -= cost;
            n++;
        }
        return n;
    }

    private static Map<String, Integer> bySeverity(List<Map<String, Object>> warnings) {
        Map<String, Integer> counts = new TreeMap<>();
        warnings.forEach(w -> counts.merge((String) w.get("severity"), 1, Integer::sum));
        return counts;
    }

    /** The counts after: less the resolved and the changed as they were, plus the introduced and the changed as they are. */
    private static Map<String, Integer> after(Map<String, Integer> before, Map<?, ?> warnings) {
        Map<String, Integer> counts = new TreeMap<>(before);
        ((List<?>) warnings.get("resolved")).forEach(w -> counts.merge(severity(w), -1, Integer::sum));
        ((List<?>) warnings.get("introduced")).forEach(w -> counts.merge(severity(w), 1, Integer::sum));
        for (Object c : (List<?>) warnings.get("changed")) {
            counts.merge(severity(((Map<?, ?>) c).get("before")), -1, Integer::sum);
            counts.merge(severity(((Map<?, ?>) c).get("after")), 1, Integer::sum);
        }
        return counts;
    }

    private static long introducedErrors(Map<?, ?> warnings) {
        return ((List<?>) warnings.get("introduced")).stream().filter(w -> severity(w).equals("ERROR")).count();
    }

    private static String severity(Object warning) {
        return (String) ((Map<?, ?>) warning).get("severity");
    }

    /** "CAPACITY_OVERLOAD 73 in 693 changes, …" */
    private static String costs(List<FixPlan.Alone> alone) {
        Map<String, int[]> byCode = new TreeMap<>();
        alone.stream().filter(a -> a.changes() > 0).forEach(a -> byCode.merge(a.warning().code(), new int[] {1, a.changes()},
                (x, y) -> new int[] {x[0] + y[0], x[1] + y[1]}));
        return String.join(", ", byCode.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()[0] + " in "
                + e.getValue()[1] + " changes").toList());
    }

    private static <T> String count(List<T> items, Function<T, String> key) {
        return items.isEmpty() ? "none" : items.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.counting())).toString();
    }
}

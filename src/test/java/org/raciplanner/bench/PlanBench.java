package org.raciplanner.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code plan-export}, {@code plan-dry-run} and {@code plan-apply}: the team's own plan file over
 * HTTP, and that file with 5 % of its people (renamed, another capacity) and 5 % of its initiatives
 * (renamed, one staffed person swapped for another) changed. Applies alternate between the edited
 * file and the original, so each makes (or undoes) the same changes.
 */
final class PlanBench {

    private static final int EVERY = 20;
    private static final int RUNS = 5;

    private final BenchHttp http;
    private final String path;

    PlanBench(BenchHttp teamClient, long teamId) {
        this.http = teamClient;
        this.path = "/api/v1/teams/" + teamId + "/plan";
    }

    List<Result> run() throws Exception {
        List<Result> results = new ArrayList<>();
        double json = Stats.bestOf(2, RUNS, () -> expect200(http.fetch(path, "application/json")));
        double yaml = Stats.bestOf(2, RUNS, () -> expect200(http.fetch(path, "application/yaml")));
        Map<String, Object> original = http.getJson(path);
        Map<String, Object> edited = edited(original);
        int changes = ((List<?>) http.putJson(path + "?dryRun=true", edited, 200).get("changes")).size();
        String size = ((Map<?, ?>) original.get("people")).size() + " people, " + ((Map<?, ?>) original.get("initiatives")).size()
                + " initiatives";
        results.add(Result.of("plan-export", json, "ms", "best of " + RUNS + ", GET …/plan as JSON (" + size + "); as YAML "
                + Stats.round(yaml) + " ms; target ≤ 1,000 ms"));
        long[] applies = new long[2 * RUNS];
        for (int i = 0; i < applies.length; i++) {
            Map<String, Object> file = i % 2 == 0 ? edited : original;
            long start = System.nanoTime();
            int made = ((List<?>) http.putJson(path, file, 200).get("changes")).size();
            applies[i] = System.nanoTime() - start;
            if (made != changes) {
                throw new IllegalStateException("apply " + i + " made " + made + " changes, the dry run said " + changes);
            }
        }
        long[] dryRuns = new long[RUNS];
        for (int i = 0; i < dryRuns.length; i++) {
            long start = System.nanoTime();
            http.putJson(path + "?dryRun=true", edited, 200);
            dryRuns[i] = System.nanoTime() - start;
        }
        results.add(Result.of("plan-dry-run", Stats.percentile(dryRuns, 0), "ms", "best of " + RUNS + ", PUT …/plan?dryRun=true of the"
                + " team's own plan with " + changes + " changes (5 % of people and initiatives): read, compare, apply through the write"
                + " paths, analyse before and after, roll back; median " + Stats.round(Stats.percentile(dryRuns, 50))
                + " ms; target ≤ 2,000 ms"));
        results.add(Result.of("plan-apply", Stats.percentile(applies, 0), "ms", "best of " + applies.length + " applies of "
                + changes + " changes each (the edited file and the original in turn, before the dry runs); median "
                + Stats.round(Stats.percentile(applies, 50)) + " ms; target ≤ 5,000 ms"));
        return results;
    }

    private static void expect200(int status) {
        if (status != 200) {
            throw new IllegalStateException("GET plan answered " + status);
        }
    }

    /** The plan with every 20th person and every 20th initiative changed. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> edited(Map<String, Object> plan) {
        Map<String, Object> copy = (Map<String, Object>) deepCopy(plan);
        Map<String, Map<String, Object>> people = (Map<String, Map<String, Object>>) copy.get("people");
        List<String> emails = new ArrayList<>(people.keySet());
        for (int i = 0; i < emails.size(); i += EVERY) {
            Map<String, Object> person = people.get(emails.get(i));
            person.put("name", person.get("name") + " Jr");
            person.put("capacityHours", 36);
        }
        List<Map<String, Object>> initiatives = new ArrayList<>(((Map<String, Map<String, Object>>) copy.get("initiatives")).values());
        for (int i = 0; i < initiatives.size(); i += EVERY) {
            Map<String, Object> initiative = initiatives.get(i);
            initiative.put("name", initiative.get("name") + " (renamed)");
            swapOne((Map<String, List<Object>>) initiative.get("staffing"), emails);
        }
        return copy;
    }

    /** Replaces the first person named plainly in the last role by someone not yet staffed. */
    private static void swapOne(Map<String, List<Object>> staffing, List<String> emails) {
        Set<Object> staffed = new LinkedHashSet<>();
        staffing.values().forEach(staffed::addAll);
        List<Object> crowd = new ArrayList<>(staffing.values()).get(staffing.size() - 1);
        String newcomer = emails.stream().filter(e -> !staffed.contains(e)).findFirst().orElseThrow();
        for (int i = 0; i < crowd.size(); i++) {
            if (crowd.get(i) instanceof String) {
                crowd.set(i, newcomer);
                return;
            }
        }
    }

    private static Object deepCopy(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put((String) k, deepCopy(v)));
            return copy;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(v -> copy.add(deepCopy(v)));
            return copy;
        }
        return value;
    }
}

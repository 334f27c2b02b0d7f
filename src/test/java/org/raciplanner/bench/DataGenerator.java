package org.raciplanner.bench;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Builds a team through the service's own API, deterministically from a seed: people, then
 * initiatives from the shipped templates with 10–40 staffed people each, a few hand-set cells.
 * A tenth of the people are "leads" who take each role but the template's group role, so overloads
 * happen as in real organisations: a few people carry many initiatives. The rest of the staffed
 * people are the group role (the delivery team), as a team staffs it.
 */
final class DataGenerator {

    private static final int MIN_STAFFED = 10;
    private static final int MAX_STAFFED = 40;
    private static final int HAND_SET_CELLS = 3;
    private static final List<String> LETTERS = List.of("R", "A", "C", "I", "RA");
    private static final double[] CAPACITIES = {40, 40, 40, 32, 24};

    /** A tenth of the people get a window: a holiday of 1–3 weeks, or a part-time spell. */
    private static final int WINDOW_EVERY = 10;

    private final BenchHttp http;
    private final Random random;
    /** Dates and windows draw from their own numbers, so the rest of the team is what it was before they existed. */
    private final Random time;
    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);

    DataGenerator(BenchHttp http, long seed) {
        this.http = http;
        this.random = new Random(seed);
        this.time = new Random(seed + 1);
    }

    Team generate(Scale scale) {
        Map<String, Object> created = http.postJson("/api/v1/teams", Map.of("name", "Bench " + scale), 201);
        long team = ((Number) created.get("id")).longValue();
        List<Long> people = new ArrayList<>();
        int batch = 1_000;
        for (int from = 0; from < scale.people; from += batch) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (int i = from; i < Math.min(scale.people, from + batch); i++) {
                rows.add(Map.of("name", "Person " + i, "email", "p" + i + "@bench.example",
                        "capacityHours", CAPACITIES[random.nextInt(CAPACITIES.length)], "remote", random.nextInt(3) == 0));
            }
            http.postList("/api/v1/teams/" + team + "/people/batch", rows, 201).forEach(p -> people.add(((Number) p.get("id")).longValue()));
        }
        List<Long> leads = people.subList(0, Math.max(1, people.size() / 10));
        List<Map<String, Object>> templates = new ArrayList<>();
        http.getList("/api/v1/templates").forEach(t -> templates.add(http.getJson("/api/v1/templates/" + t.get("key"))));
        List<Long> initiatives = new ArrayList<>();
        for (int n = 0; n < scale.initiatives; n++) {
            initiatives.add(initiative(team, n, templates.get(random.nextInt(templates.size())), people, leads));
        }
        for (int p = 0; p < people.size(); p += WINDOW_EVERY) {
            http.put("/api/v1/teams/" + team + "/people/" + people.get(p) + "/availability", List.of(window()));
        }
        return new Team(team, (String) created.get("token"), people, initiatives);
    }

    /** Three in four initiatives are dated, starting within half a year either side of today and lasting 1–12 months. */
    private void dates(Map<String, Object> body) {
        if (time.nextInt(4) == 0) {
            return;
        }
        LocalDate start = today.plusDays(time.nextInt(365) - 182L);
        body.put("startDate", start.toString());
        body.put("endDate", start.plusWeeks(4 + time.nextInt(49)).toString());
    }

    private Map<String, Object> window() {
        LocalDate from = today.plusDays(time.nextInt(182));
        boolean holiday = time.nextBoolean();
        return Map.of("from", from.toString(), "to", from.plusDays(holiday ? 7L * (1 + time.nextInt(3)) - 1 : 90).toString(),
                "capacityHours", holiday ? 0 : 20, "note", holiday ? "Holiday" : "Part-time");
    }

    @SuppressWarnings("unchecked")
    private long initiative(long team, int n, Map<String, Object> template, List<Long> people, List<Long> leads) {
        List<Map<String, Object>> roles = (List<Map<String, Object>>) template.get("roles");
        int staffed = Math.min(people.size(), MIN_STAFFED + random.nextInt(MAX_STAFFED - MIN_STAFFED + 1));
        Set<Long> chosen = new LinkedHashSet<>();
        List<Map<String, Object>> staffing = new ArrayList<>();
        Map<String, Object> crowdRole = roles.stream().filter(r -> Boolean.TRUE.equals(r.get("group"))).findFirst()
                .orElse(roles.get(roles.size() - 1));
        for (int r = 0; r < roles.size() && chosen.size() < staffed; r++) {
            if (roles.get(r) != crowdRole) {
                staffing.add(Map.of("role", roles.get(r).get("key"), "person", pick(leads, chosen)));
            }
        }
        String crowd = (String) crowdRole.get("key");
        while (chosen.size() < staffed) {
            staffing.add(Map.of("role", crowd, "person", pick(people, chosen)));
        }
        Map<String, Object> body = new HashMap<>();
        body.put("kind", template.get("kind"));
        body.put("name", "Initiative " + n + " (" + template.get("name") + ")");
        body.put("template", template.get("key"));
        body.put("staffing", staffing);
        dates(body);
        long id = ((Number) http.postJson("/api/v1/teams/" + team + "/initiatives", body, 201).get("id")).longValue();
        List<Map<String, Object>> rows = (List<Map<String, Object>>) template.get("responsibilities");
        List<Long> members = new ArrayList<>(chosen);
        for (int c = 0; c < HAND_SET_CELLS; c++) {
            String key = (String) rows.get(random.nextInt(rows.size())).get("key");
            long person = members.get(random.nextInt(members.size()));
            http.put("/api/v1/teams/" + team + "/initiatives/" + id + "/matrix/" + key + "/" + person,
                    Map.of("letters", LETTERS.get(random.nextInt(LETTERS.size()))));
        }
        return id;
    }

    private long pick(List<Long> from, Set<Long> taken) {
        long p;
        do {
            p = from.get(random.nextInt(from.size()));
        } while (taken.contains(p) && taken.size() < from.size());
        if (taken.contains(p)) {
            for (long candidate : from) {
                if (!taken.contains(candidate)) {
                    p = candidate;
                    break;
                }
            }
        }
        taken.add(p);
        return p;
    }

    /** The team, its first ADMIN token, its people and initiatives. */
    record Team(long id, String token, List<Long> people, List<Long> initiatives) {
    }
}

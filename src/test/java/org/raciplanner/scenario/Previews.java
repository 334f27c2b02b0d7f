package org.raciplanner.scenario;

import org.raciplanner.support.Startup;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.raciplanner.support.Api.map;

/** The what-if fixtures: the scenario for the startup, and reading a result as the warnings it leaves. */
final class Previews {

    static final String COMMUNICATION = "stakeholder-communication";

    private Previews() {
    }

    /**
     * Dana hands on the product-owner role to Local 1 and her stakeholder communication on both
     * initiatives to Local 2.
     */
    static List<Object> relieveDana(Startup s) {
        long owner = s.local().get(0);
        long communicator = s.local().get(1);
        return List.of(
                map("type", "unstaff", "initiativeId", s.product(), "role", "product-owner", "person", s.dana()),
                map("type", "staff", "initiativeId", s.product(), "role", "product-owner", "person", owner),
                map("type", "moveCell", "initiativeId", s.product(), "responsibility", COMMUNICATION, "from", s.dana(),
                        "to", communicator),
                map("type", "moveCell", "initiativeId", s.project(), "responsibility", COMMUNICATION, "from", s.dana(),
                        "to", communicator));
    }

    /** The warnings by id as the result says they will be: before, less resolved, with changed ones as after, plus introduced. */
    @SuppressWarnings("unchecked")
    static Map<String, Map<String, Object>> after(List<Map<String, Object>> before, Map<String, Object> result) {
        Map<String, Object> warnings = (Map<String, Object>) result.get("warnings");
        Map<String, Map<String, Object>> after = byId(before);
        ((List<Map<String, Object>>) warnings.get("resolved")).forEach(w -> after.remove((String) w.get("id")));
        ((List<Map<String, Object>>) warnings.get("changed")).forEach(c -> {
            Map<String, Object> was = (Map<String, Object>) c.get("before");
            Map<String, Object> is = (Map<String, Object>) c.get("after");
            after.remove((String) was.get("id"));
            after.put((String) is.get("id"), is);
        });
        ((List<Map<String, Object>>) warnings.get("introduced")).forEach(w -> after.put((String) w.get("id"), w));
        return after;
    }

    static Map<String, Map<String, Object>> byId(List<Map<String, Object>> warnings) {
        Map<String, Map<String, Object>> byId = new LinkedHashMap<>();
        warnings.forEach(w -> byId.put((String) w.get("id"), w));
        return byId;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(Map<String, Object> result, String part) {
        return (List<Map<String, Object>>) ((Map<String, Object>) result.get("warnings")).get(part);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> loadOf(Map<String, Object> result, long person) {
        return ((List<Map<String, Object>>) result.get("workload")).stream()
                .filter(l -> ((Number) l.get("person")).longValue() == person).findFirst().orElseThrow();
    }

    static List<Object> concat(List<Object> a, List<Object> b) {
        List<Object> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}

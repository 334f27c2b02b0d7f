package org.raciplanner.planfile;

import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A {@link Plan} as the plain values a file holds (ordered maps, lists, texts, numbers, booleans,
 * dates), in the format's shape: people keyed by e-mail, initiatives by handle, staffing by role.
 * Defaults are left out (not remote, 40 hours, no availability windows, no staffing), so a file shows what was decided.
 * The change list of a dry run shows its before and after in the same shape.
 */
final class PlanWriter {

    private PlanWriter() {
    }

    static Map<String, Object> document(Plan plan) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("settings", new LinkedHashMap<>(ordered(plan.settings())));
        Map<String, Object> people = new LinkedHashMap<>();
        plan.people().forEach(p -> people.put(p.email(), person(p)));
        doc.put("people", people);
        Map<String, Object> initiatives = new LinkedHashMap<>();
        plan.initiatives().forEach(i -> initiatives.put(i.handle(), initiative(i)));
        doc.put("initiatives", initiatives);
        return doc;
    }

    static Map<String, Object> ordered(Map<String, Integer> settings) {
        Map<String, Object> ordered = new LinkedHashMap<>();
        PlanReader.SETTINGS.stream().filter(settings::containsKey).forEach(name -> ordered.put(name, settings.get(name)));
        return ordered;
    }

    static Map<String, Object> person(Plan.Person p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", p.name());
        putIf(m, "title", p.title());
        putIf(m, "location", p.location());
        if (p.remote()) {
            m.put("remote", true);
        }
        if (p.capacityHours().compareTo(BigDecimal.valueOf(40)) != 0) {
            m.put("capacityHours", p.capacityHours());
        }
        if (!p.availability().isEmpty()) {
            m.put("availability", p.availability().stream().map(PlanWriter::window).toList());
        }
        return m;
    }

    private static Map<String, Object> window(Plan.Window w) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("from", w.from());
        m.put("to", w.to());
        m.put("capacityHours", w.capacityHours());
        putIf(m, "note", w.note());
        return m;
    }

    static Map<String, Object> initiative(Plan.Initiative i) {
        Map<String, Object> m = header(i);
        if (!i.staffing().isEmpty()) {
            m.put("staffing", staffing(i.staffing()));
        }
        if (!i.rows().isEmpty()) {
            m.put("rows", i.rows().stream().map(PlanWriter::row).toList());
        }
        if (!i.cells().isEmpty()) {
            Map<String, Map<String, Object>> cells = new LinkedHashMap<>();
            i.cells().forEach(c -> cells.computeIfAbsent(c.responsibility(), r -> new LinkedHashMap<>()).put(c.person(), c.letters()));
            m.put("cells", cells);
        }
        return m;
    }

    /** An initiative's own fields, without what it holds (staffing, rows, cells): an initiative change shows these. */
    static Map<String, Object> header(Plan.Initiative i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", i.kind());
        m.put("name", i.name());
        putIf(m, "template", i.template());
        putIf(m, "parent", i.parent());
        putIf(m, "startDate", i.startDate());
        putIf(m, "endDate", i.endDate());
        putIf(m, "budget", i.budget());
        if (!i.omitRows().isEmpty()) {
            m.put("omitRows", i.omitRows());
        }
        return m;
    }

    /**
     * Role by role, in the order roles first appear: an e-mail for whoever talks to the initiative's
     * communicator directly, and one entry for each run of people who share a relay.
     */
    static Map<String, Object> staffing(List<Plan.Staffed> staffing) {
        Map<String, List<Plan.Staffed>> byRole = new LinkedHashMap<>();
        staffing.forEach(s -> byRole.computeIfAbsent(s.role(), r -> new ArrayList<>()).add(s));
        Map<String, Object> roles = new LinkedHashMap<>();
        byRole.forEach((role, entries) -> {
            List<Object> out = new ArrayList<>();
            for (int i = 0; i < entries.size(); ) {
                String via = entries.get(i).communicatesVia();
                int end = i + 1;
                while (via != null && end < entries.size() && via.equals(entries.get(end).communicatesVia())) {
                    end++;
                }
                out.add(entry(entries.subList(i, end), via));
                i = end;
            }
            roles.put(role, out);
        });
        return roles;
    }

    private static Object entry(List<Plan.Staffed> run, @Nullable String via) {
        if (via == null) {
            return run.get(0).person();
        }
        Map<String, Object> m = new LinkedHashMap<>();
        if (run.size() == 1) {
            m.put("person", run.get(0).person());
        } else {
            m.put("people", run.stream().map(Plan.Staffed::person).toList());
        }
        m.put("communicatesVia", via);
        return m;
    }

    static Map<String, Object> row(Plan.Row r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("key", r.key());
        m.put("name", r.name());
        m.put("category", r.category());
        m.put("effortHours", r.effortHours());
        return m;
    }

    static Map<String, Object> letters(String letters) {
        return Map.of("letters", letters);
    }

    private static void putIf(Map<String, Object> m, String name, @Nullable Object value) {
        if (!Objects.isNull(value)) {
            m.put(name, value);
        }
    }
}

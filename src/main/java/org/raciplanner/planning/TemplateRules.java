package org.raciplanner.planning;

import org.raciplanner.analysis.Letters;
import org.raciplanner.snapshot.Snapshot;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What applying a template to a staffing needs of it, as plain values: its roles, and the letter
 * each role takes on each of its rows (row key → role key → letters, rows in the template's order).
 * The template feature derives its letters through {@link #derive}, so staffing a person through
 * the API and in a what-if gives the same cells.
 */
public record TemplateRules(String key, List<String> roles, Map<String, Map<String, Letters>> letters) {

    public TemplateRules {
        roles = List.copyOf(roles);
        Map<String, Map<String, Letters>> copy = new LinkedHashMap<>();
        letters.forEach((row, byRole) -> copy.put(row, Map.copyOf(byRole)));
        letters = Collections.unmodifiableMap(copy);
    }

    /**
     * The person-level matrix the staffing implies: row key → person → letters. Where one person
     * holds several roles, the strongest letter wins (A with R gives RA).
     */
    public Map<String, Map<Long, Letters>> derive(List<Snapshot.Staffed> staffing) {
        Map<String, Map<Long, Letters>> cells = new LinkedHashMap<>();
        letters.forEach((row, byRole) -> {
            Map<Long, Letters> byPerson = new HashMap<>();
            for (Snapshot.Staffed s : staffing) {
                Letters letter = byRole.get(s.role());
                if (letter != null) {
                    byPerson.merge(s.person(), letter, Letters::merge);
                }
            }
            if (!byPerson.isEmpty()) {
                cells.put(row, byPerson);
            }
        });
        return cells;
    }
}

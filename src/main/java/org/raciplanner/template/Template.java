package org.raciplanner.template;

import io.micronaut.serde.annotation.Serdeable;
import org.raciplanner.matrix.Category;
import org.raciplanner.analysis.Letters;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who normally does what on one kind of initiative, distilled from the source articles: roles,
 * rows with the letter each role takes, role pairs that should not sit on one person, the rows the
 * kind must have, and how stakeholder communication grows with the people to keep in sync.
 */
public record Template(String key, String name, String kind, String description, List<Role> roles,
                       List<Row> responsibilities, List<Conflict> conflicts, List<String> required,
                       Communication communication, String file) {

    @Serdeable
    public record Role(String key, String name, boolean required, boolean group, List<String> source) {
    }

    public record Row(String key, String name, Category category, BigDecimal effortHours, List<String> source,
                      Map<String, Letters> letters) {
    }

    @Serdeable
    public record Conflict(List<String> roles, String reason, List<String> source) {
    }

    @Serdeable
    public record Communication(String responsibility, double baseHours, double minutesPerPerson) {
    }

    /** A person in a role, as staffing gives it. */
    public record Assignment(String role, long personId) {
    }

    public Optional<Role> role(String roleKey) {
        return roles.stream().filter(r -> r.key().equals(roleKey)).findFirst();
    }

    /**
     * The person-level matrix the staffing implies: row key → person → letters. Where one person
     * holds several roles, the strongest letter wins (A with R gives RA).
     */
    public Map<String, Map<Long, Letters>> derive(List<Assignment> staffing) {
        Map<String, Map<Long, Letters>> cells = new LinkedHashMap<>();
        for (Row row : responsibilities) {
            Map<Long, Letters> byPerson = new HashMap<>();
            for (Assignment a : staffing) {
                Letters letter = row.letters().get(a.role());
                if (letter != null) {
                    byPerson.merge(a.personId(), letter, Letters::merge);
                }
            }
            if (!byPerson.isEmpty()) {
                cells.put(row.key(), byPerson);
            }
        }
        return cells;
    }
}

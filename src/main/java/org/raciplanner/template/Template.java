package org.raciplanner.template;

import io.micronaut.serde.annotation.Serdeable;
import org.raciplanner.matrix.Category;
import org.raciplanner.analysis.Letters;
import org.raciplanner.planning.TemplateRules;
import org.raciplanner.snapshot.Snapshot;

import java.math.BigDecimal;
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
     * holds several roles, the strongest letter wins (A with R gives RA). The planning core derives
     * a what-if's letters by the same rules.
     */
    public Map<String, Map<Long, Letters>> derive(List<Assignment> staffing) {
        return rules().derive(staffing.stream().map(a -> new Snapshot.Staffed(a.role(), a.personId(), null)).toList());
    }

    /** Its roles and letters as the plain values the planning core applies. */
    public TemplateRules rules() {
        Map<String, Map<String, Letters>> letters = new LinkedHashMap<>();
        responsibilities.forEach(row -> letters.put(row.key(), row.letters()));
        return new TemplateRules(key, roles.stream().map(Role::key).toList(), letters);
    }
}

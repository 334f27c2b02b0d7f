package org.raciplanner.planning;

import org.raciplanner.snapshot.Snapshot;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Staffs a person in a role, as the staffing API would with the role added: the template's letters
 * follow, cells set by hand stay. Someone already staffed keeps whom they communicate via.
 */
public record Staff(long initiativeId, String role, PersonRef person) implements Change {

    public static final String TYPE = "staff";

    static Staff read(Fields f) {
        return f.ok(new Staff(f.id("initiativeId"), f.key("role"), f.person("person")));
    }

    @Override
    public void applyTo(Draft draft) {
        MatrixDraft matrix = draft.matrix(initiativeId);
        requireRole(draft.rules(matrix), role);
        long who = draft.person(person, "person");
        List<Snapshot.Staffed> staffing = matrix.staffing();
        if (staffing.stream().anyMatch(s -> s.person() == who && s.role().equals(role))) {
            throw new Invalid("person", draft.name(who) + " is already staffed as " + role + " on " + matrix.name());
        }
        Long via = staffing.stream().filter(s -> s.person() == who).findFirst().map(Snapshot.Staffed::communicatesVia).orElse(null);
        List<Snapshot.Staffed> next = new ArrayList<>(staffing);
        next.add(new Snapshot.Staffed(role, who, via));
        draft.restaff(matrix, next);
    }

    /** Any role key on an initiative without a template (its form was read); a template's own roles on one with. */
    static void requireRole(TemplateRules rules, String role) {
        if (rules != null && !rules.roles().contains(role)) {
            throw new Invalid("role", "'" + role + "' is not a role of template " + rules.key() + " (roles: "
                    + String.join(", ", rules.roles()) + ")");
        }
    }

    @Override
    public Map<String, Object> json() {
        return Changes.object(TYPE, "initiativeId", initiativeId, "role", role, "person", person);
    }
}

package org.raciplanner.planning;

import org.raciplanner.snapshot.Snapshot;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Staffs a person in a role, as the staffing API would with the role added: the template's letters
 * follow, cells set by hand stay. Someone already staffed keeps whom they communicate via.
 */
public record Staff(long initiativeId, String role, PersonRef person) implements Change {

    public static final String TYPE = "staff";

    public Staff {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(person, "person");
    }

    static Staff read(Fields f) {
        long initiative = f.id("initiativeId");
        String role = f.key("role");
        PersonRef person = f.person("person");
        return f.ok() ? new Staff(initiative, role, person) : null;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public void applyTo(Draft draft) {
        MatrixDraft matrix = draft.matrix(initiativeId);
        requireRole(matrix, draft.rules(matrix), role);
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

    static void requireRole(MatrixDraft matrix, TemplateRules rules, String role) {
        if (rules != null && !rules.roles().contains(role)) {
            throw new Invalid("role", "'" + role + "' is not a role of template " + rules.key() + " (roles: "
                    + String.join(", ", rules.roles()) + ")");
        }
    }

    @Override
    public Map<String, Object> json() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("type", TYPE);
        json.put("initiativeId", initiativeId);
        json.put("role", role);
        json.put("person", person.json());
        return json;
    }
}

package org.raciplanner.planning;

import org.raciplanner.snapshot.Snapshot;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Takes a person out of a role, as the staffing API would with the role removed: the template's
 * letters follow, cells set by hand stay. Whoever communicated via someone who leaves the
 * initiative altogether communicates directly, as when a person leaves the roster.
 */
public record Unstaff(long initiativeId, String role, PersonRef person) implements Change {

    public static final String TYPE = "unstaff";

    public Unstaff {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(person, "person");
    }

    static Unstaff read(Fields f) {
        long initiative = f.id("initiativeId");
        String role = f.key("role");
        PersonRef person = f.person("person");
        return f.ok() ? new Unstaff(initiative, role, person) : null;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public void applyTo(Draft draft) {
        MatrixDraft matrix = draft.matrix(initiativeId);
        Staff.requireRole(matrix, draft.rules(matrix), role);
        long who = draft.person(person, "person");
        List<Snapshot.Staffed> next = new ArrayList<>(matrix.staffing());
        if (!next.removeIf(s -> s.person() == who && s.role().equals(role))) {
            throw new Invalid("person", draft.name(who) + " is not staffed as " + role + " on " + matrix.name());
        }
        if (next.stream().noneMatch(s -> s.person() == who)) {
            next.replaceAll(s -> s.communicatesVia() != null && s.communicatesVia() == who
                    ? new Snapshot.Staffed(s.role(), s.person(), null) : s);
        }
        draft.restaff(matrix, next);
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

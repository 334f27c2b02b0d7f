package org.raciplanner.planning;

import org.raciplanner.snapshot.Snapshot;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Takes a person out of a role, as the staffing API would with the role removed: the template's
 * letters follow, cells set by hand stay. Whoever communicated via someone who leaves the
 * initiative altogether communicates directly, as when a person leaves the roster.
 */
public record Unstaff(long initiativeId, String role, PersonRef person) implements Change {

    public static final String TYPE = "unstaff";

    static Unstaff read(Fields f) {
        return f.ok(new Unstaff(f.id("initiativeId"), f.key("role"), f.person("person")));
    }

    @Override
    public void applyTo(Draft draft) {
        MatrixDraft matrix = draft.matrix(initiativeId);
        Staff.requireRole(draft.rules(matrix), role);
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
        return Changes.object(TYPE, "initiativeId", initiativeId, "role", role, "person", person);
    }
}

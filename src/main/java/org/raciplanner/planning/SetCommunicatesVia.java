package org.raciplanner.planning;

import org.raciplanner.snapshot.Snapshot;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Whom a staffed person is kept in sync by on one initiative: another staffed person (typically a
 * project coordinator), or, with {@code via} null (or left out), the initiative's communicator
 * directly. Applies to every role the person plays there.
 */
public record SetCommunicatesVia(long initiativeId, PersonRef person, PersonRef via) implements Change {

    public static final String TYPE = "setCommunicatesVia";

    static SetCommunicatesVia read(Fields f) {
        return f.ok(new SetCommunicatesVia(f.id("initiativeId"), f.person("person"), f.optionalPerson("via")));
    }

    @Override
    public void applyTo(Draft draft) {
        MatrixDraft matrix = draft.matrix(initiativeId);
        long who = draft.person(person, "person");
        if (!matrix.isStaffed(who)) {
            throw new Invalid("person", draft.name(who) + " is not staffed on " + matrix.name());
        }
        Long relay = via == null ? null : draft.person(via, "via");
        if (relay != null && relay == who) {
            throw new Invalid("via", "a person cannot communicate via themselves");
        }
        if (relay != null && !matrix.isStaffed(relay)) {
            throw new Invalid("via", draft.name(relay) + " is not staffed on " + matrix.name());
        }
        List<Snapshot.Staffed> next = new ArrayList<>(matrix.staffing());
        next.replaceAll(s -> s.person() == who ? new Snapshot.Staffed(s.role(), s.person(), relay) : s);
        draft.restaff(matrix, next);
    }

    @Override
    public Map<String, Object> json() {
        return Changes.object(TYPE, "initiativeId", initiativeId, "person", person, "via", via);
    }
}

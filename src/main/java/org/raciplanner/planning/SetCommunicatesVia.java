package org.raciplanner.planning;

import org.raciplanner.snapshot.Snapshot;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Whom a staffed person is kept in sync by on one initiative: another staffed person (typically a
 * project coordinator), or, with {@code via} null, the initiative's communicator directly. Applies
 * to every role the person plays there.
 */
public record SetCommunicatesVia(long initiativeId, PersonRef person, PersonRef via) implements Change {

    public static final String TYPE = "setCommunicatesVia";

    public SetCommunicatesVia {
        Objects.requireNonNull(person, "person");
    }

    static SetCommunicatesVia read(Fields f) {
        long initiative = f.id("initiativeId");
        PersonRef person = f.person("person");
        PersonRef via = f.optionalPerson("via");
        return f.ok() ? new SetCommunicatesVia(initiative, person, via) : null;
    }

    @Override
    public String type() {
        return TYPE;
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
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("type", TYPE);
        json.put("initiativeId", initiativeId);
        json.put("person", person.json());
        json.put("via", via == null ? null : via.json());
        return json;
    }
}

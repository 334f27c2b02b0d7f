package org.raciplanner.spreadsheet;

import org.raciplanner.planning.AddPerson;
import org.raciplanner.planning.AddResponsibility;
import org.raciplanner.planning.Change;
import org.raciplanner.planning.MoveCell;
import org.raciplanner.planning.PersonRef;
import org.raciplanner.planning.SetAvailability;
import org.raciplanner.planning.SetCapacity;
import org.raciplanner.planning.SetCell;
import org.raciplanner.planning.SetCommunicatesVia;
import org.raciplanner.planning.Staff;
import org.raciplanner.planning.Unstaff;
import org.raciplanner.snapshot.Snapshot;

import java.util.HashMap;
import java.util.Map;

/** A change of a scenario in words, with the names of the people, initiatives and rows it names. */
final class ChangeText {

    private final Map<Long, String> people = new HashMap<>();
    private final Map<String, String> refs = new HashMap<>();
    private final Map<Long, Snapshot.Matrix> matrices = new HashMap<>();

    /** @param team the team as the changes leave it, so people they add have their names */
    ChangeText(Snapshot.Team team, Iterable<Change> changes) {
        team.people().forEach(p -> people.put(p.id(), p.name()));
        team.matrices().forEach(m -> matrices.put(m.initiative().id(), m));
        changes.forEach(c -> {
            if (c instanceof AddPerson added) {
                refs.put(added.ref(), added.name());
            }
        });
    }

    String of(Change c) {
        if (c instanceof SetCell s) {
            return where(s.initiativeId(), s.responsibility()) + ": " + person(s.person())
                    + (s.letters() == null ? " cleared" : " set to " + s.letters());
        }
        if (c instanceof MoveCell m) {
            return where(m.initiativeId(), m.responsibility()) + ": from " + person(m.from()) + " to " + person(m.to());
        }
        if (c instanceof Staff s) {
            return initiative(s.initiativeId()) + ": " + person(s.person()) + " staffed as " + s.role();
        }
        if (c instanceof Unstaff u) {
            return initiative(u.initiativeId()) + ": " + person(u.person()) + " no longer " + u.role();
        }
        if (c instanceof SetCapacity s) {
            return person(s.person()) + ": capacity " + s.capacityHours().toPlainString() + " h a week";
        }
        if (c instanceof SetCommunicatesVia v) {
            return initiative(v.initiativeId()) + ": " + person(v.person()) + " kept in sync "
                    + (v.via() == null ? "directly" : "via " + person(v.via()));
        }
        if (c instanceof SetAvailability a) {
            return person(a.person()) + ": " + a.capacityHours().toPlainString() + " h a week from " + a.from() + " to " + a.to()
                    + (a.note() == null ? "" : " (" + a.note() + ")");
        }
        if (c instanceof AddResponsibility r) {
            return initiative(r.initiativeId()) + ": new responsibility " + r.name() + " (" + r.key() + ")";
        }
        AddPerson a = (AddPerson) c;
        return "New person " + a.name() + " <" + a.email() + ">" + (a.title() == null ? "" : ", " + a.title());
    }

    String person(long id) {
        return people.getOrDefault(id, "person " + id);
    }

    String initiative(long id) {
        Snapshot.Matrix m = matrices.get(id);
        return m == null ? "initiative " + id : m.initiative().name();
    }

    String row(long initiativeId, String key) {
        Snapshot.Matrix m = matrices.get(initiativeId);
        return m == null ? key : m.rows().stream().filter(r -> r.key().equals(key)).map(Snapshot.Row::name).findFirst().orElse(key);
    }

    private String person(PersonRef ref) {
        return ref.id() != null ? person(ref.id()) : refs.getOrDefault(ref.ref(), ref.ref());
    }

    private String where(long initiativeId, String key) {
        return initiative(initiativeId) + " › " + row(initiativeId, key);
    }
}

package org.raciplanner.planning.fix;

import org.raciplanner.analysis.Letters;
import org.raciplanner.analysis.Warning;
import org.raciplanner.planning.Change;
import org.raciplanner.planning.PersonRef;
import org.raciplanner.planning.SetCommunicatesVia;
import org.raciplanner.planning.Staff;
import org.raciplanner.snapshot.Snapshot;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * COMMUNICATION_SPAN: as the sources do it, a coordinator takes over keeping part of the people in
 * sync, remote members of the group first. An existing coordinator with room takes them; otherwise
 * someone (best someone already on the initiative) is staffed as project coordinator where the
 * template has that role, or simply relays where it does not. Only as many people move as bring
 * the span to the limit.
 */
final class SpanFix implements Generator {

    private static final int TAKERS = 3;

    @Override
    public String code() {
        return "COMMUNICATION_SPAN";
    }

    @Override
    public List<Candidate> propose(Warning w, Search s) {
        Snapshot.Matrix m = Generator.matrix(s, w);
        long person = w.personId();
        int limit = s.limits().maxCommunicationSpan();
        int span = Generator.number(w, "span");
        List<Long> synced = synced(s, m, person, w.responsibility());
        List<Candidate> out = new ArrayList<>();
        for (long coordinator : TeamView.staffedAs(m, Playbook.COORDINATOR)) {
            int room = limit - relayed(m, coordinator);
            if (coordinator != person && room >= span - limit) {
                out.add(route(s, m, person, coordinator, false, synced, span - limit));
            }
        }
        for (long taker : takers(s, m, person)) {
            boolean known = synced.contains(taker);
            int moving = span - limit + (known ? 0 : 1);
            if (moving <= limit) {
                out.add(route(s, m, person, taker, s.playbook().hasRole(m.initiative(), Playbook.COORDINATOR), synced, moving));
            }
        }
        return Generator.distinct(out);
    }

    /** {@code moving} of the people the person syncs directly communicate via the coordinator, who is staffed as one first if asked. */
    private static Candidate route(Search s, Snapshot.Matrix m, long person, long coordinator, boolean staff, List<Long> synced,
                                   int moving) {
        long id = m.initiative().id();
        List<Change> changes = new ArrayList<>();
        if (staff && !TeamView.staffedAs(m, Playbook.COORDINATOR).contains(coordinator)) {
            changes.add(new Staff(id, Playbook.COORDINATOR, PersonRef.of(coordinator)));
        }
        List<String> names = new ArrayList<>();
        for (long p : synced) {
            if (names.size() < moving && p != coordinator) {
                changes.add(new SetCommunicatesVia(id, PersonRef.of(p), PersonRef.of(coordinator)));
                names.add(s.view().name(p));
            }
        }
        TeamView v = s.view();
        String as = staff ? " becomes project coordinator on " + m.initiative().name() + " and" : " on " + m.initiative().name();
        String text = v.name(coordinator) + as + " keeps " + names.size() + " people in sync for " + v.name(person) + " ("
                + String.join(", ", names.subList(0, Math.min(3, names.size()))) + (names.size() > 3 ? ", …)" : ")");
        return new Candidate(changes, List.of(new Step(text, coordinator)), TeamView.staffed(m, coordinator) ? 0 : 1,
                staff || TeamView.staffedAs(m, Playbook.COORDINATOR).contains(coordinator) ? 0 : 1);
    }

    /**
     * The staffed people the person keeps in sync directly, those who are easiest to hand over first:
     * members of a group role, remote before local, in staffing order. A communicator syncs everyone
     * who communicates via nobody; a relay those who communicate via them.
     */
    private static List<Long> synced(Search s, Snapshot.Matrix m, long person, String communication) {
        Letters letters = communication == null ? null : s.view().letters(m, communication, person);
        boolean communicator = letters != null && (letters.responsible() || letters.accountable());
        Set<Long> synced = new LinkedHashSet<>();
        for (Snapshot.Staffed st : m.staffing()) {
            Long via = st.communicatesVia();
            if (st.person() != person && (via == null ? communicator : via == person)) {
                synced.add(st.person());
            }
        }
        List<Long> ordered = new ArrayList<>(synced);
        Set<Long> grouped = new java.util.HashSet<>();
        m.staffing().stream().filter(st -> s.playbook().groupRoles().contains(st.role())).forEach(st -> grouped.add(st.person()));
        ordered.sort(Comparator.comparingInt((Long p) -> grouped.contains(p) ? 0 : 1)
                .thenComparingInt(p -> s.view().person(p).remote() ? 0 : 1));
        return ordered;
    }

    /** How many people communicate via the person. */
    private static int relayed(Snapshot.Matrix m, long person) {
        return (int) m.staffing().stream().filter(st -> st.communicatesVia() != null && st.communicatesVia() == person)
                .map(Snapshot.Staffed::person).distinct().count();
    }

    /** Who could coordinate: people on the initiative who do not communicate for it already, local ones with the most room first. */
    private static List<Long> takers(Search s, Snapshot.Matrix m, long person) {
        if (s.playbook().hasRole(m.initiative(), Playbook.COORDINATOR)) {
            return Takers.forRole(s, m, Playbook.COORDINATOR, person, 0, TAKERS);
        }
        List<Long> on = new ArrayList<>(Takers.staffed(m));
        on.removeIf(p -> p == person || s.isProtected(p) || relayed(m, p) > 0 || s.view().person(p).capacityHours().signum() == 0);
        on.sort(Comparator.comparingInt((Long p) -> s.view().person(p).remote() ? 1 : 0)
                .thenComparingDouble(p -> -s.state().headroom(p)).thenComparingLong(p -> p));
        return on.subList(0, Math.min(TAKERS, on.size()));
    }
}

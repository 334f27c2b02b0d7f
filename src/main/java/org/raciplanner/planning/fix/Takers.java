package org.raciplanner.planning.fix;

import org.raciplanner.analysis.Letters;
import org.raciplanner.snapshot.Snapshot;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Who could take work off someone's hands, best first, as the issue ranks them: never someone the
 * search must not load, nobody without capacity, never a pairing of roles the templates mark as a
 * conflict; then people with room for the work under the warning share of their capacity, people
 * already on the initiative, people whose role fits the work, people who would not hold more roles
 * than the team's limit, and the most room under that share.
 */
final class Takers {

    private Takers() {
    }

    /** People who could play {@code role} on the initiative instead of {@code giver}; {@code hours} as for {@link #forRow}. */
    static List<Long> forRole(Search s, Snapshot.Matrix m, String role, long giver, double hours, int limit) {
        TeamView view = s.view();
        List<Long> fit = new ArrayList<>();
        for (Snapshot.Person p : s.state().team().people()) {
            long id = p.id();
            Set<String> held = view.rolesOf(id).keySet();
            if (id == giver || !available(s, p) || s.playbook().conflicts(role, held)
                    || view.rolesOf(id).getOrDefault(role, new java.util.TreeSet<>()).contains(m.initiative().id())) {
                continue;
            }
            fit.add(id);
        }
        Set<Long> on = staffed(m);
        fit.sort(Comparator.comparingInt((Long id) -> hasRoom(s, id, hours) ? 0 : 1)
                .thenComparingInt(id -> stacks(s, id, role) ? 1 : 0)
                .thenComparingInt(id -> on.contains(id) ? 0 : 1)
                .thenComparingInt(id -> view.rolesOf(id).containsKey(role) ? 0 : 1)
                .thenComparing(roomFirst(s)));
        return fit.subList(0, Math.min(limit, fit.size()));
    }

    /**
     * People who could hold the letter {@code which} asks for (R or A) on the row instead of
     * {@code giver}: best those whose role the template gives it, then the initiative's people.
     * {@code hours} is what it costs, where known (else 0): people with room for it come first, so
     * that nobody is pushed over their share while someone else could take the work.
     */
    static List<Long> forRow(Search s, Snapshot.Matrix m, String row, long giver, Predicate<Letters> which, double hours,
                             int limit) {
        TeamView view = s.view();
        List<String> fitting = s.playbook().rolesGiving(m.initiative(), row, which);
        List<Long> fit = new ArrayList<>();
        for (Snapshot.Person p : s.state().team().people()) {
            Letters held = view.letters(m, row, p.id());
            if (p.id() != giver && available(s, p) && (held == null || !which.test(held))) {
                fit.add(p.id());
            }
        }
        Set<Long> on = staffed(m);
        Set<Long> fitters = new java.util.HashSet<>();
        m.staffing().stream().filter(st -> fitting.contains(st.role())).forEach(st -> fitters.add(st.person()));
        fit.sort(Comparator.comparingInt((Long id) -> hasRoom(s, id, hours) ? 0 : 1)
                .thenComparingInt(id -> fitters.contains(id) ? 0 : 1)
                .thenComparingInt(id -> on.contains(id) ? 0 : 1)
                .thenComparing(roomFirst(s)));
        return fit.subList(0, Math.min(limit, fit.size()));
    }

    /** Whether the person plays, on the initiative, a role the template gives this work. */
    static boolean fits(Snapshot.Matrix m, long person, List<String> roles) {
        return m.staffing().stream().anyMatch(st -> st.person() == person && roles.contains(st.role()));
    }

    static Set<Long> staffed(Snapshot.Matrix m) {
        Set<Long> on = new java.util.HashSet<>();
        m.staffing().forEach(st -> on.add(st.person()));
        return on;
    }

    /** Whether the person stays under the warning share of their capacity with {@code hours} more (0: any room at all). */
    static boolean hasRoom(Search s, long person, double hours) {
        double room = s.state().headroom(person);
        return hours > 0 ? room >= hours : room > 0;
    }

    private static boolean available(Search s, Snapshot.Person p) {
        return !s.isProtected(p.id()) && p.capacityHours().signum() > 0;
    }

    /** Whether taking the role gives the person more distinct roles than the team allows. */
    private static boolean stacks(Search s, long person, String role) {
        Set<String> held = s.view().rolesOf(person).keySet();
        return !held.contains(role) && held.size() + 1 > s.limits().maxRoles();
    }

    private static Comparator<Long> roomFirst(Search s) {
        return Comparator.comparingDouble((Long id) -> -s.state().headroom(id)).thenComparingLong(id -> id);
    }
}

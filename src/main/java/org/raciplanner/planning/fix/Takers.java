package org.raciplanner.planning.fix;

import org.raciplanner.analysis.Letters;
import org.raciplanner.snapshot.Snapshot;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.HashSet;
import java.util.Map;
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
        Set<Long> on = staffed(m);
        List<Option> options = new ArrayList<>();
        for (Snapshot.Person p : s.state().team().people()) {
            long id = p.id();
            Map<String, ? extends Set<Long>> held = view.rolesOf(id);
            if (id == giver || !available(s, p) || s.playbook().conflicts(role, held.keySet())
                    || held.containsKey(role) && held.get(role).contains(m.initiative().id())) {
                continue;
            }
            boolean stacks = !held.containsKey(role) && held.size() + 1 > s.limits().maxRoles();
            double room = s.state().headroom(id);
            options.add(new Option(id, hasRoom(room, hours) ? 0 : 1, stacks ? 1 : 0, on.contains(id) ? 0 : 1,
                    held.containsKey(role) ? 0 : 1, room));
        }
        return best(options, limit);
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
        Set<Long> on = staffed(m);
        Set<Long> fitters = new HashSet<>();
        m.staffing().stream().filter(st -> fitting.contains(st.role())).forEach(st -> fitters.add(st.person()));
        List<Option> options = new ArrayList<>();
        for (Snapshot.Person p : s.state().team().people()) {
            Letters held = view.letters(m, row, p.id());
            if (p.id() != giver && available(s, p) && (held == null || !which.test(held))) {
                double room = s.state().headroom(p.id());
                options.add(new Option(p.id(), hasRoom(room, hours) ? 0 : 1, fitters.contains(p.id()) ? 0 : 1,
                        on.contains(p.id()) ? 0 : 1, 0, room));
            }
        }
        return best(options, limit);
    }

    /** A possible taker and what ranks them: four criteria (0 before 1), then the most room, then the id. */
    private record Option(long id, int first, int second, int third, int fourth, double room) {
    }

    private static List<Long> best(List<Option> options, int limit) {
        options.sort(Comparator.comparingInt(Option::first).thenComparingInt(Option::second).thenComparingInt(Option::third)
                .thenComparingInt(Option::fourth).thenComparingDouble(o -> -o.room()).thenComparingLong(Option::id));
        return options.stream().limit(limit).map(Option::id).toList();
    }

    /** Whether the person plays, on the initiative, a role the template gives this work. */
    static boolean fits(Snapshot.Matrix m, long person, List<String> roles) {
        return m.staffing().stream().anyMatch(st -> st.person() == person && roles.contains(st.role()));
    }

    static Set<Long> staffed(Snapshot.Matrix m) {
        Set<Long> on = new HashSet<>();
        m.staffing().forEach(st -> on.add(st.person()));
        return on;
    }

    /** Whether {@code room} under the warning share of a capacity holds {@code hours} more (0: any room at all). */
    static boolean hasRoom(double room, double hours) {
        return hours > 0 ? room >= hours : room > 0;
    }

    private static boolean available(Search s, Snapshot.Person p) {
        return !s.isProtected(p.id()) && p.capacityHours().signum() > 0;
    }
}

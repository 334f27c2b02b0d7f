package org.raciplanner.planning.fix;

import org.raciplanner.analysis.Letters;
import org.raciplanner.snapshot.Snapshot;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A team indexed for the search: matrices by initiative, people by id, and for every person the
 * initiatives they take part in and the roles they hold. Moving on to the team a change list left
 * re-indexes only the matrices it changed, so a fix plan of hundreds of steps never re-reads the
 * whole team.
 */
final class TeamView {

    private final Snapshot.Team team;
    private final Map<Long, Snapshot.Person> people;
    private final Map<Long, Snapshot.Matrix> matrices;
    private final Map<Long, SortedSet<Long>> initiativesByPerson;
    private final Map<Long, SortedMap<String, SortedSet<Long>>> rolesByPerson;
    private final Map<Snapshot.Matrix, Cells> cells = new java.util.IdentityHashMap<>();

    private TeamView(Snapshot.Team team, Map<Long, SortedSet<Long>> initiativesByPerson,
                     Map<Long, SortedMap<String, SortedSet<Long>>> rolesByPerson) {
        this.team = team;
        this.people = new HashMap<>();
        team.people().forEach(p -> people.put(p.id(), p));
        this.matrices = new HashMap<>();
        team.matrices().forEach(m -> matrices.put(m.initiative().id(), m));
        this.initiativesByPerson = initiativesByPerson;
        this.rolesByPerson = rolesByPerson;
    }

    static TeamView of(Snapshot.Team team) {
        TeamView view = new TeamView(team, new HashMap<>(), new HashMap<>());
        team.matrices().forEach(m -> view.index(m, true));
        return view;
    }

    /** The view of {@code next}, which differs from this team only in the matrices that are not the same objects. */
    TeamView next(Snapshot.Team next) {
        TeamView view = new TeamView(next, new HashMap<>(initiativesByPerson), new HashMap<>(rolesByPerson));
        for (Snapshot.Matrix m : next.matrices()) {
            Snapshot.Matrix was = matrices.get(m.initiative().id());
            if (was != m) {
                view.index(was, false);
                view.index(m, true);
            } else if (cells.containsKey(m)) {
                view.cells.put(m, cells.get(m));
            }
        }
        return view;
    }

    Snapshot.Team team() {
        return team;
    }

    Snapshot.Person person(long id) {
        return people.get(id);
    }

    String name(long person) {
        Snapshot.Person p = people.get(person);
        return p == null ? "person #" + person : p.name();
    }

    Snapshot.Matrix matrix(long initiativeId) {
        return matrices.get(initiativeId);
    }

    /** The initiatives where the person is staffed or holds a letter, by id. */
    Set<Long> initiativesOf(long person) {
        return initiativesByPerson.getOrDefault(person, new TreeSet<>());
    }

    /** Role → the initiatives where the person plays it, roles sorted. */
    SortedMap<String, SortedSet<Long>> rolesOf(long person) {
        return rolesByPerson.getOrDefault(person, new TreeMap<>());
    }

    /** Null when the person holds nothing on the row. */
    Letters letters(Snapshot.Matrix m, String row, long person) {
        return cells(m).letters.get(row + '\n' + person);
    }

    /** The matrix's cells indexed by person and by row, made once per matrix. */
    Cells cells(Snapshot.Matrix m) {
        return cells.computeIfAbsent(m, Cells::new);
    }

    static boolean staffed(Snapshot.Matrix m, long person) {
        return m.staffing().stream().anyMatch(s -> s.person() == person);
    }

    static List<Long> staffedAs(Snapshot.Matrix m, String role) {
        return m.staffing().stream().filter(s -> s.role().equals(role)).map(Snapshot.Staffed::person).distinct().toList();
    }

    static Snapshot.Row row(Snapshot.Matrix m, String key) {
        return m.rows().stream().filter(r -> r.key().equals(key)).findFirst().orElse(null);
    }

    /** One matrix's cells by row and person, each person's cells, the R holders' cells by row, and who relays. */
    static final class Cells {
        private final Map<String, Letters> letters = new HashMap<>();
        final Map<Long, List<Snapshot.Cell>> byPerson = new HashMap<>();
        final Map<String, List<Snapshot.Cell>> doersByRow = new HashMap<>();
        final Set<Long> relays = new java.util.HashSet<>();

        Cells(Snapshot.Matrix m) {
            for (Snapshot.Cell c : m.cells()) {
                letters.put(c.responsibility() + '\n' + c.person(), c.letters());
                byPerson.computeIfAbsent(c.person(), p -> new java.util.ArrayList<>()).add(c);
                if (c.letters().responsible()) {
                    doersByRow.computeIfAbsent(c.responsibility(), r -> new java.util.ArrayList<>()).add(c);
                }
            }
            m.staffing().stream().map(Snapshot.Staffed::communicatesVia).filter(java.util.Objects::nonNull).forEach(relays::add);
        }
    }

    /** Adds (or takes away) what the matrix says about its people; changed entries are copied, never shared ones edited. */
    private void index(Snapshot.Matrix m, boolean add) {
        long id = m.initiative().id();
        Set<Long> involved = new java.util.HashSet<>();
        m.staffing().forEach(s -> involved.add(s.person()));
        m.cells().forEach(c -> involved.add(c.person()));
        for (long person : involved) {
            SortedSet<Long> initiatives = new TreeSet<>(initiativesByPerson.getOrDefault(person, new TreeSet<>()));
            if (add) {
                initiatives.add(id);
            } else {
                initiatives.remove(id);
            }
            initiativesByPerson.put(person, initiatives);
        }
        Map<Long, Set<String>> roles = new HashMap<>();
        m.staffing().forEach(s -> roles.computeIfAbsent(s.person(), p -> new java.util.HashSet<>()).add(s.role()));
        roles.forEach((person, held) -> {
            SortedMap<String, SortedSet<Long>> byRole = new TreeMap<>(rolesByPerson.getOrDefault(person, new TreeMap<>()));
            for (String role : held) {
                SortedSet<Long> on = new TreeSet<>(byRole.getOrDefault(role, new TreeSet<>()));
                if (add) {
                    on.add(id);
                } else {
                    on.remove(id);
                }
                if (on.isEmpty()) {
                    byRole.remove(role);
                } else {
                    byRole.put(role, on);
                }
            }
            rolesByPerson.put(person, byRole);
        });
    }
}

package org.raciplanner.planning.fix;

import org.raciplanner.analysis.IdentityCache;
import org.raciplanner.analysis.Letters;
import org.raciplanner.snapshot.Snapshot;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
    private final Layered<Long, Snapshot.Matrix> matrices;
    private final Layered<Long, SortedSet<Long>> initiativesByPerson;
    private final Layered<Long, SortedMap<String, SortedSet<Long>>> rolesByPerson;
    private final Memo memo;

    private TeamView(Snapshot.Team team, Map<Long, Snapshot.Person> people, Layered<Long, Snapshot.Matrix> matrices,
                     Layered<Long, SortedSet<Long>> initiativesByPerson,
                     Layered<Long, SortedMap<String, SortedSet<Long>>> rolesByPerson, Memo memo) {
        this.team = team;
        this.people = people;
        this.matrices = matrices;
        this.initiativesByPerson = initiativesByPerson;
        this.rolesByPerson = rolesByPerson;
        this.memo = memo;
    }

    /**
     * What one search works out about single matrices (they never change: a changed matrix is
     * another object), shared by every view of the search, the most recently used kept.
     */
    private static final class Memo {
        private static final int KEPT = 4_096;
        private final IdentityCache<Snapshot.Matrix, Cells> cells = new IdentityCache<>(KEPT);
        private final Map<Excerpt.Key, Snapshot.Matrix> excerpts = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Excerpt.Key, Snapshot.Matrix> eldest) {
                return size() > KEPT;
            }
        };
    }

    static TeamView of(Snapshot.Team team) {
        Map<Long, Snapshot.Matrix> matrices = new HashMap<>();
        team.matrices().forEach(m -> matrices.put(m.initiative().id(), m));
        TeamView empty = new TeamView(team, people(team), Layered.of(matrices), Layered.of(Map.of()), Layered.of(Map.of()),
                new Memo());
        return empty.indexed(team, team.matrices(), List.of()).settled();
    }

    /**
     * The view of {@code next}, which differs from this team only in the matrices that are not the
     * same objects (and in the roster, when a change made its people other objects).
     */
    TeamView next(Snapshot.Team next) {
        List<Snapshot.Matrix> added = new ArrayList<>();
        List<Snapshot.Matrix> gone = new ArrayList<>();
        Map<Long, Snapshot.Matrix> changed = new HashMap<>();
        for (Snapshot.Matrix m : next.matrices()) {
            Snapshot.Matrix was = matrices.get(m.initiative().id());
            if (was != m) {
                changed.put(m.initiative().id(), m);
                gone.add(was);
                added.add(m);
            }
        }
        TeamView view = new TeamView(next, sameRoster(team, next) ? people : people(next), matrices.with(changed),
                initiativesByPerson, rolesByPerson, memo);
        return view.indexed(next, added, gone);
    }

    /** The same view with its indexes in one layer: for a team the search goes on from. */
    TeamView settled() {
        return new TeamView(team, people, matrices.settled(), initiativesByPerson.settled(), rolesByPerson.settled(), memo);
    }

    /** This view with what the {@code gone} matrices said taken away and what the {@code added} say put in. */
    private TeamView indexed(Snapshot.Team at, List<Snapshot.Matrix> added, List<Snapshot.Matrix> gone) {
        Layered.Edit<Long, SortedSet<Long>> initiatives = new Layered.Edit<>(initiativesByPerson);
        Layered.Edit<Long, SortedMap<String, SortedSet<Long>>> roles = new Layered.Edit<>(rolesByPerson);
        gone.forEach(m -> index(m, false, initiatives, roles));
        added.forEach(m -> index(m, true, initiatives, roles));
        return new TeamView(at, people, matrices, initiatives.done(), roles.done(), memo);
    }

    /** The excerpt of the matrix for those people, made once per matrix and people. */
    Snapshot.Matrix excerpt(Excerpt.Key key, java.util.function.Supplier<Snapshot.Matrix> made) {
        Snapshot.Matrix excerpt = memo.excerpts.get(key);
        if (excerpt == null) {
            excerpt = made.get();
            memo.excerpts.put(key, excerpt);
        }
        return excerpt;
    }

    private static Map<Long, Snapshot.Person> people(Snapshot.Team team) {
        Map<Long, Snapshot.Person> people = new HashMap<>();
        team.people().forEach(p -> people.put(p.id(), p));
        return people;
    }

    private static boolean sameRoster(Snapshot.Team a, Snapshot.Team b) {
        if (a.people().size() != b.people().size()) {
            return false;
        }
        for (int i = 0; i < a.people().size(); i++) {
            if (a.people().get(i) != b.people().get(i)) {
                return false;
            }
        }
        return true;
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
        return memo.cells.get(m, Cells::new);
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
    private static void index(Snapshot.Matrix m, boolean add, Layered.Edit<Long, SortedSet<Long>> initiativesByPerson,
                              Layered.Edit<Long, SortedMap<String, SortedSet<Long>>> rolesByPerson) {
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

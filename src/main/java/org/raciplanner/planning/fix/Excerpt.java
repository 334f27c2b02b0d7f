package org.raciplanner.planning.fix;

import org.raciplanner.snapshot.Snapshot;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.LongFunction;

/**
 * An initiative cut down to what the findings about some people read of it: their own cells and
 * staffing; the other R holders of the rows they hold letters on (an R's share of the effort, and
 * the names an owner's advice gives, depend on them); and the whole staffing where one of them keeps
 * others in sync (a span counts the people synced). The findings about the initiative itself, or
 * about anyone else, are not what they are on the whole initiative, and nobody reads them.
 */
final class Excerpt {

    private Excerpt() {
    }

    /** An excerpt is the same for the same matrix and the same people on it. */
    record Key(Snapshot.Matrix matrix, Set<Long> people) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.matrix == matrix && k.people.equals(people);
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(matrix) * 31 + people.hashCode();
        }
    }

    /** The excerpt for those of the affected people who are on the matrix, made once per matrix and people. */
    static Snapshot.Matrix of(TeamView view, Snapshot.Matrix m, Set<Long> affected, String communication,
                              LongFunction<Snapshot.Person> roster) {
        TeamView.Cells index = view.cells(m);
        Set<Long> present = new TreeSet<>();
        for (long p : affected) {
            if (index.byPerson.containsKey(p) || m.staffing().stream().anyMatch(st -> st.person() == p)) {
                present.add(p);
            }
        }
        return view.excerpt(new Key(m, present), () -> of(m, index, present, communication, roster));
    }

    private static Snapshot.Matrix of(Snapshot.Matrix m, TeamView.Cells index, Set<Long> people, String communication,
                                      LongFunction<Snapshot.Person> roster) {
        Set<Snapshot.Cell> cells = Collections.newSetFromMap(new IdentityHashMap<>());
        boolean speaks = false;
        for (long p : people) {
            speaks |= index.relays.contains(p);
            for (Snapshot.Cell c : index.byPerson.getOrDefault(p, List.of())) {
                cells.add(c);
                speaks |= c.responsibility().equals(communication) && (c.letters().responsible() || c.letters().accountable());
                cells.addAll(index.doersByRow.getOrDefault(c.responsibility(), List.of()));
            }
        }
        List<Snapshot.Staffed> staffing = speaks ? m.staffing()
                : m.staffing().stream().filter(st -> people.contains(st.person())).toList();
        return Snapshot.Matrix.of(m.initiative(), m.rows(), staffing, List.copyOf(cells), roster);
    }
}

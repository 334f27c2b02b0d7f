package org.raciplanner.planning.fix;

import org.raciplanner.snapshot.Snapshot;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    static Snapshot.Matrix of(Snapshot.Matrix m, TeamView.Cells index, Set<Long> people, String communication,
                              LongFunction<Snapshot.Person> roster) {
        Map<String, Snapshot.Cell> cells = new LinkedHashMap<>();
        boolean speaks = false;
        for (long p : people) {
            speaks |= index.relays.contains(p);
            for (Snapshot.Cell c : index.byPerson.getOrDefault(p, List.of())) {
                cells.put(c.responsibility() + '\n' + c.person(), c);
                speaks |= c.responsibility().equals(communication) && (c.letters().responsible() || c.letters().accountable());
                index.doersByRow.getOrDefault(c.responsibility(), List.of()).forEach(d -> cells.put(d.responsibility() + '\n' + d.person(), d));
            }
        }
        List<Snapshot.Staffed> staffing = speaks ? m.staffing()
                : m.staffing().stream().filter(st -> people.contains(st.person())).toList();
        return Snapshot.Matrix.of(m.initiative(), m.rows(), staffing, List.copyOf(cells.values()), roster);
    }
}

package org.raciplanner.planfile;

import org.raciplanner.planning.Applied;
import org.raciplanner.snapshot.Snapshot;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The team before and after a plan, both read from the database, as the planning core's
 * {@code Result} compares them: the same initiatives at the same places (an initiative the plan
 * creates is empty before, one it deletes is empty after), each after-matrix showing the rows the
 * plan deleted too, so their cells count as cleared, and a matrix that did not change being the
 * very object it was before, which the core passes over.
 */
final class Aligned {

    private Aligned() {
    }

    static Applied of(Snapshot.Team before, Snapshot.Team after) {
        Map<Long, Snapshot.Matrix> was = byId(before);
        Map<Long, Snapshot.Matrix> is = byId(after);
        Set<Long> ids = new LinkedHashSet<>(was.keySet());
        ids.addAll(is.keySet());
        List<Snapshot.Matrix> left = new ArrayList<>();
        List<Snapshot.Matrix> right = new ArrayList<>();
        for (long id : ids) {
            Snapshot.Matrix b = was.get(id);
            Snapshot.Matrix a = is.get(id);
            if (b == null) {
                b = empty(a);
            } else if (a == null) {
                a = empty(b);
            } else if (a.equals(b)) {
                a = b;
            }
            left.add(b);
            right.add(a == b ? a : withRowsOf(a, b));
        }
        return new Applied(team(before, left), team(after, right), List.of(), Map.of());
    }

    private static Snapshot.Matrix empty(Snapshot.Matrix like) {
        return new Snapshot.Matrix(like.initiative(), like.rows(), List.of(), List.of(), List.of());
    }

    /** {@code after}, with the rows only {@code before} has after its own. */
    private static Snapshot.Matrix withRowsOf(Snapshot.Matrix after, Snapshot.Matrix before) {
        Map<String, Snapshot.Row> rows = new LinkedHashMap<>();
        after.rows().forEach(r -> rows.put(r.key(), r));
        before.rows().forEach(r -> rows.putIfAbsent(r.key(), r));
        return rows.size() == after.rows().size() ? after
                : new Snapshot.Matrix(after.initiative(), List.copyOf(rows.values()), after.staffing(), after.cells(), after.columns());
    }

    private static Map<Long, Snapshot.Matrix> byId(Snapshot.Team team) {
        Map<Long, Snapshot.Matrix> byId = new LinkedHashMap<>();
        team.matrices().forEach(m -> byId.put(m.initiative().id(), m));
        return byId;
    }

    private static Snapshot.Team team(Snapshot.Team team, List<Snapshot.Matrix> matrices) {
        return team.with(team.people(), matrices);
    }
}

package org.raciplanner.planning;

import org.raciplanner.analysis.Letters;
import org.raciplanner.snapshot.Snapshot;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongFunction;

/**
 * One initiative's matrix while changes apply to it: its staffing and cells change, and rows may be
 * added after the others. Cells behave as the matrix feature keeps them: a cell set by hand stays when the staffing
 * changes; every cell a template gave is derived anew from the new staffing.
 */
final class MatrixDraft {

    static final String MANUAL = "MANUAL";
    static final String ROLE = "ROLE";

    private final Snapshot.Matrix original;
    private final Set<String> keys = new HashSet<>();
    private final List<Snapshot.Row> rows;
    private final Map<Key, Snapshot.Cell> cells = new LinkedHashMap<>();
    private List<Snapshot.Staffed> staffing;

    MatrixDraft(Snapshot.Matrix original) {
        this.original = original;
        this.staffing = original.staffing();
        this.rows = new java.util.ArrayList<>(original.rows());
        original.rows().forEach(r -> keys.add(r.key()));
        original.cells().forEach(c -> cells.put(new Key(c.responsibility(), c.person()), c));
    }

    Snapshot.Initiative initiative() {
        return original.initiative();
    }

    String name() {
        return original.initiative().name();
    }

    boolean hasRow(String key) {
        return keys.contains(key);
    }

    /** A row after the others, with no cells: as the matrix feature adds one, no letters derive onto it until the staffing changes. */
    void addRow(Snapshot.Row row) {
        rows.add(row);
        keys.add(row.key());
    }

    /** Null when the person holds nothing on the row. */
    Snapshot.Cell cell(String key, long person) {
        return cells.get(new Key(key, person));
    }

    List<Snapshot.Staffed> staffing() {
        return staffing;
    }

    boolean isStaffed(long person) {
        return staffing.stream().anyMatch(s -> s.person() == person);
    }

    /** Sets the cell by hand, or clears it when {@code letters} is null. */
    void put(String key, long person, Letters letters) {
        Key at = new Key(key, person);
        if (letters == null) {
            cells.remove(at);
        } else {
            cells.put(at, new Snapshot.Cell(key, person, letters, MANUAL));
        }
    }

    /**
     * Replaces the staffing and derives the template's letters from it anew, onto the rows the
     * initiative has, where the person has no cell set by hand; without a template, no cell comes
     * from roles.
     */
    void restaff(List<Snapshot.Staffed> next, TemplateRules rules) {
        staffing = List.copyOf(next);
        cells.values().removeIf(c -> ROLE.equals(c.source()));
        if (rules == null) {
            return;
        }
        rules.derive(staffing).forEach((key, byPerson) -> {
            if (keys.contains(key)) {
                byPerson.forEach((person, letters) ->
                        cells.putIfAbsent(new Key(key, person), new Snapshot.Cell(key, person, letters, ROLE)));
            }
        });
    }

    Snapshot.Matrix build(LongFunction<Snapshot.Person> people) {
        return Snapshot.Matrix.of(original.initiative(), rows, staffing, List.copyOf(cells.values()), people);
    }

    private record Key(String responsibility, long person) {
    }
}

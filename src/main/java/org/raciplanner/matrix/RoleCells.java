package org.raciplanner.matrix;

import jakarta.inject.Singleton;
import org.raciplanner.analysis.Letters;
import org.raciplanner.history.History;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The cells a template derives from a staffing: brings an initiative's role cells to what a new
 * derivation says, writing only the cells that differ, and answers each difference as a change for
 * the history. Hand-set cells are never touched: where a person has one on a row, it wins.
 */
@Singleton
class RoleCells {

    private final ResponsibilityRepository rows;
    private final CellRepository cells;

    RoleCells(ResponsibilityRepository rows, CellRepository cells) {
        this.rows = rows;
        this.cells = cells;
    }

    /** The caller holds the initiative's lock; answers the changes in row order, then by person. */
    List<History.Change> replace(long teamId, long initiativeId, Map<String, Map<Long, Letters>> derived) {
        List<Responsibility> ordered = rows.findByInitiativeIdOrderByPosition(initiativeId);
        Map<Long, Map<Long, Cell>> byRow = new HashMap<>();
        cells.findByInitiativeId(initiativeId)
                .forEach(c -> byRow.computeIfAbsent(c.responsibilityId(), r -> new HashMap<>()).put(c.personId(), c));
        List<History.Change> changes = new ArrayList<>();
        List<Cell> fresh = new ArrayList<>();
        for (Responsibility row : ordered) {
            Map<Long, Cell> held = byRow.getOrDefault(row.id(), Map.of());
            Map<Long, Letters> wanted = derived.getOrDefault(row.key(), Map.of());
            Set<Long> people = new HashSet<>(wanted.keySet());
            held.forEach((person, cell) -> {
                if (cell.source() == CellSource.ROLE) {
                    people.add(person);
                }
            });
            for (long person : people.stream().sorted().toList()) {
                Cell before = held.get(person);
                Letters after = wanted.get(person);
                if (before != null && before.source() == CellSource.MANUAL) {
                    continue;
                }
                if (before != null && before.letters() == after) {
                    continue;
                }
                if (before == null) {
                    fresh.add(new Cell(null, teamId, initiativeId, row.id(), person, after, CellSource.ROLE, null, null));
                } else if (after == null) {
                    cells.delete(before);
                } else {
                    cells.update(new Cell(before.id(), teamId, initiativeId, row.id(), person, after, CellSource.ROLE,
                            before.createdAt(), before.updatedAt()));
                }
                changes.add(new History.Change(initiativeId, person,
                        before == null ? null : view(row, before.letters(), person),
                        after == null ? null : view(row, after, person)));
            }
        }
        cells.saveAll(fresh);
        return changes;
    }

    private static MatrixViews.CellView view(Responsibility row, Letters letters, long person) {
        return new MatrixViews.CellView(row.key(), person, letters, CellSource.ROLE);
    }
}

package org.raciplanner.planfile;

import io.micronaut.core.annotation.Nullable;
import org.raciplanner.analysis.Letters;
import org.raciplanner.matrix.CellSource;
import org.raciplanner.snapshot.Snapshot;
import org.raciplanner.template.Template;
import org.raciplanner.template.TemplateCatalog;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a plan changes on one initiative's matrix: its rows, its staffing and its cells set by hand.
 * Each is compared with the matrix as the steps before it leave it: a new initiative or a new
 * template brings the template's rows (those the file omits are deleted again, prune or not: they
 * did not exist before), and a new staffing brings the letters the template derives from it, so
 * a hand-set cell that merely repeats them changes nothing.
 */
final class MatrixDiff {

    private final Plan.Initiative wanted;
    private final @Nullable Plan.Initiative was;
    private final @Nullable Snapshot.Matrix matrix;
    private final Map<Long, String> emails;
    private final @Nullable Template template;
    private final PlanDiff.Deletes deletes;

    /**
     * @param was    the initiative as the team has it, null for a new one
     * @param matrix its matrix, null for a new one
     * @param emails the team's people's e-mail keys by id
     */
    MatrixDiff(Plan.Initiative wanted, @Nullable Plan.Initiative was, @Nullable Snapshot.Matrix matrix, Map<Long, String> emails,
               TemplateCatalog templates, PlanDiff.Deletes deletes) {
        this.wanted = wanted;
        this.was = was;
        this.matrix = matrix;
        this.emails = emails;
        this.template = wanted.template() == null ? null : templates.find(wanted.template()).orElse(null);
        this.deletes = deletes;
    }

    void run(List<Change> changes) {
        String handle = wanted.handle();
        Map<String, Plan.Row> managed = new LinkedHashMap<>();
        Map<String, Plan.Row> rows = rows(changes, managed);
        boolean restaffed = was == null ? !wanted.staffing().isEmpty()
                : !new HashSet<>(was.staffing()).equals(new HashSet<>(wanted.staffing()));
        if (restaffed) {
            changes.add(Change.staffing(handle, was == null ? List.of() : was.staffing(), wanted.staffing()));
        }
        boolean rederived = restaffed || was == null || !Objects.equals(was.template(), wanted.template());
        Map<String, String> cells = rederived ? derived(rows) : new HashMap<>();
        Map<String, String> byHand = new HashMap<>();
        if (matrix != null) {
            for (Snapshot.Cell c : matrix.cells()) {
                String key = cellKey(c.responsibility(), emails.get(c.person()));
                if (c.source().equals(CellSource.MANUAL.name())) {
                    byHand.put(key, c.letters().name());
                    cells.put(key, c.letters().name());
                } else if (!rederived) {
                    cells.put(key, c.letters().name());
                }
            }
        }
        Map<String, Plan.Cell> kept = new LinkedHashMap<>();
        for (Plan.Cell cell : wanted.cells()) {
            String key = cellKey(cell.responsibility(), cell.person());
            kept.put(key, cell);
            String before = cells.get(key);
            if (!cell.letters().equals(before)) {
                changes.add(Change.cell(before == null ? Change.Op.CREATE : Change.Op.UPDATE, handle, cell.responsibility(),
                        cell.person(), before, cell.letters()));
            }
        }
        if (matrix != null) {
            for (Snapshot.Cell c : matrix.cells()) {
                String person = emails.get(c.person());
                String key = cellKey(c.responsibility(), person);
                // a cell on a row the file leaves out goes (or stays) with its row
                if (byHand.containsKey(key) && !kept.containsKey(key) && managed.containsKey(c.responsibility())) {
                    deletes.cell(Change.cell(Change.Op.DELETE, handle, c.responsibility(), person, c.letters().name(), null));
                }
            }
        }
    }

    /**
     * Rows to create and update, rows to delete; answers the rows the initiative will have, and puts
     * those the file describes in {@code target}.
     */
    private Map<String, Plan.Row> rows(List<Change> changes, Map<String, Plan.Row> target) {
        Map<String, Plan.Row> now = new LinkedHashMap<>();
        if (matrix != null) {
            matrix.rows().forEach(r -> now.put(r.key(), new Plan.Row(r.key(), r.name(), r.category(), r.effortHours())));
        }
        Map<String, Plan.Row> start = new LinkedHashMap<>(now);
        boolean templateAdds = template != null && (was == null || !template.key().equals(was.template()));
        if (templateAdds) {
            PlanExport.templateRows(template).forEach(start::putIfAbsent);
        }
        target.putAll(PlanExport.templateRows(template));
        wanted.omitRows().forEach(target::remove);
        wanted.rows().forEach(r -> target.put(r.key(), r));
        target.forEach((key, row) -> {
            Plan.Row before = start.get(key);
            if (before == null) {
                changes.add(Change.row(Change.Op.CREATE, wanted.handle(), key, null, row));
            } else if (!before.equals(row)) {
                changes.add(Change.row(Change.Op.UPDATE, wanted.handle(), key, before, row));
            }
        });
        Map<String, Plan.Row> after = new LinkedHashMap<>(target);
        start.forEach((key, row) -> {
            if (target.containsKey(key)) {
                return;
            }
            Change delete = Change.row(Change.Op.DELETE, wanted.handle(), key, row, null);
            if (now.containsKey(key)) {
                deletes.row(delete); // it exists: deleted with prune only
                after.put(key, row);
            } else {
                changes.add(delete); // the template brought it just now, and the file omits it
            }
        });
        return after;
    }

    /** The letters the template derives from the wanted staffing, by cell: what a re-staffing writes. */
    private Map<String, String> derived(Map<String, Plan.Row> rows) {
        Map<String, String> cells = new HashMap<>();
        if (template == null) {
            return cells;
        }
        Map<Long, String> byIndex = new HashMap<>();
        Map<String, Long> index = new HashMap<>();
        List<Template.Assignment> staffing = wanted.staffing().stream().map(s -> {
            long id = index.computeIfAbsent(s.person(), p -> (long) index.size());
            byIndex.put(id, s.person());
            return new Template.Assignment(s.role(), id);
        }).toList();
        Map<String, Map<Long, Letters>> derived = template.derive(staffing);
        derived.forEach((row, byPerson) -> {
            if (rows.containsKey(row)) {
                byPerson.forEach((id, letters) -> cells.put(cellKey(row, byIndex.get(id)), letters.name()));
            }
        });
        return cells;
    }

    private static String cellKey(String row, String person) {
        return row + "\n" + person;
    }
}

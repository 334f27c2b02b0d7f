package org.raciplanner.planning;

import org.raciplanner.analysis.Analysis;
import org.raciplanner.analysis.Letters;
import org.raciplanner.analysis.Severity;
import org.raciplanner.analysis.Warning;
import org.raciplanner.analysis.Workload;
import org.raciplanner.snapshot.Snapshot;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The difference a change list makes (planning.md, "What-if and scenarios"), from the analysis of
 * the team before and of the team after: warnings matched by {@link Warning#id()}, the load of
 * everyone whose load moves, every cell that changes, and the ERROR counts.
 *
 * <p>A warning found before and after under the same id is {@code changed} when anything of it
 * differs (its severity, its figures), else counted as unchanged; so before = resolved + changed +
 * unchanged and after = introduced + changed + unchanged.
 */
public record Result(Warnings warnings, List<LoadChange> workload, List<CellChange> cells, Errors errors) {

    public Result {
        workload = List.copyOf(workload);
        cells = List.copyOf(cells);
    }

    public record Warnings(List<Warning> resolved, List<Warning> introduced, List<Changed> changed, int unchanged) {
        public Warnings {
            resolved = List.copyOf(resolved);
            introduced = List.copyOf(introduced);
            changed = List.copyOf(changed);
        }
    }

    /** One finding before and after, under one id. */
    public record Changed(Warning before, Warning after) {
    }

    /** {@code ref} only for a person the changes add (whose {@code person} is provisional, below 0, and {@code before} null). */
    public record LoadChange(long person, String ref, String name, Load before, Load after) {
    }

    /**
     * This week's load and the horizon's peak, as in the workload: a change to an initiative that
     * starts later moves the peak, not this week. Percentages are null for someone with no capacity.
     */
    public record Load(double loadHours, Double loadPercent, Double peakLoadPercent, LocalDate peakStart) {
        static Load of(Workload w) {
            return new Load(w.loadHours(), w.loadPercent(), w.peakLoadPercent(), w.peakStart());
        }
    }

    /** Letters before and after; null where the cell is empty. */
    public record CellChange(long initiativeId, String responsibility, long person, Letters before, Letters after) {
    }

    public record Errors(int before, int after) {
    }

    /** The difference between {@code before}, the analysis of {@code applied.before()}, and {@code after}, that of its after. */
    public static Result of(Applied applied, Analysis.Report before, Analysis.Report after) {
        return new Result(warnings(before.warnings(), after.warnings()), workload(applied, before.workload(), after.workload()),
                cells(applied.before(), applied.after()), new Errors(errors(before.warnings()), errors(after.warnings())));
    }

    /** Each id is made once: a large team has thousands of findings on each side. */
    private static Warnings warnings(List<Warning> before, List<Warning> after) {
        Map<String, Warning> was = byId(before);
        Map<String, Warning> is = byId(after);
        List<Warning> resolved = new ArrayList<>();
        was.forEach((id, w) -> {
            if (!is.containsKey(id)) {
                resolved.add(w);
            }
        });
        List<Warning> introduced = new ArrayList<>();
        List<Changed> changed = new ArrayList<>();
        int unchanged = 0;
        for (Map.Entry<String, Warning> found : is.entrySet()) {
            Warning earlier = was.get(found.getKey());
            Warning w = found.getValue();
            if (earlier == null) {
                introduced.add(w);
            } else if (earlier.equals(w)) {
                unchanged++;
            } else {
                changed.add(new Changed(earlier, w));
            }
        }
        return new Warnings(resolved, introduced, changed, unchanged);
    }

    private static List<LoadChange> workload(Applied applied, List<Workload> before, List<Workload> after) {
        Map<Long, Workload> was = new HashMap<>();
        before.forEach(w -> was.put(w.personId(), w));
        List<LoadChange> changes = new ArrayList<>();
        for (Workload w : after) {
            Workload earlier = was.get(w.personId());
            boolean moved = earlier == null || !Load.of(earlier).equals(Load.of(w));
            if (moved) {
                changes.add(new LoadChange(w.personId(), applied.added().get(w.personId()), w.name(),
                        earlier == null ? null : Load.of(earlier), Load.of(w)));
            }
        }
        return changes;
    }

    /** Only the matrices the changes rebuilt can differ: the others are the very same objects. */
    private static List<CellChange> cells(Snapshot.Team before, Snapshot.Team after) {
        List<CellChange> changes = new ArrayList<>();
        for (int i = 0; i < after.matrices().size(); i++) {
            Snapshot.Matrix was = before.matrices().get(i);
            Snapshot.Matrix is = after.matrices().get(i);
            if (was != is) {
                diff(was, is, changes);
            }
        }
        return changes;
    }

    private static void diff(Snapshot.Matrix was, Snapshot.Matrix is, List<CellChange> out) {
        Map<String, Letters> earlier = letters(was);
        Map<String, Letters> now = letters(is);
        long initiative = is.initiative().id();
        for (Snapshot.Row row : is.rows()) {
            for (Snapshot.Column column : columns(was, is)) {
                String at = row.key() + '\n' + column.person();
                Letters before = earlier.get(at);
                Letters after = now.get(at);
                if (before != after) {
                    out.add(new CellChange(initiative, row.key(), column.person(), before, after));
                }
            }
        }
    }

    /** The columns after, then any the changes took off the matrix. */
    private static List<Snapshot.Column> columns(Snapshot.Matrix was, Snapshot.Matrix is) {
        Map<Long, Snapshot.Column> columns = new LinkedHashMap<>();
        is.columns().forEach(c -> columns.put(c.person(), c));
        was.columns().forEach(c -> columns.putIfAbsent(c.person(), c));
        return List.copyOf(columns.values());
    }

    private static Map<String, Letters> letters(Snapshot.Matrix m) {
        Map<String, Letters> letters = new HashMap<>();
        m.cells().forEach(c -> letters.put(c.responsibility() + '\n' + c.person(), c.letters()));
        return letters;
    }

    /** In the analysis' order, so resolved, introduced and changed keep it. */
    private static Map<String, Warning> byId(List<Warning> warnings) {
        Map<String, Warning> byId = new LinkedHashMap<>(warnings.size() * 2);
        warnings.forEach(w -> byId.put(w.id(), w));
        return byId;
    }

    private static int errors(List<Warning> warnings) {
        return (int) warnings.stream().filter(w -> w.severity() == Severity.ERROR).count();
    }
}

package org.raciplanner.planning.fix;

import org.raciplanner.analysis.Analysis;
import org.raciplanner.analysis.Severity;
import org.raciplanner.analysis.Warning;
import org.raciplanner.analysis.Workload;
import org.raciplanner.planning.Applied;
import org.raciplanner.planning.Change;
import org.raciplanner.planning.Result;

import java.util.List;

/**
 * A change list tried on a team: the team it leaves ({@code applied.after()}), the difference it
 * makes, and the workload after of at least everyone whose load moved. A screening trial's
 * {@code result} comes from the part of the team the changes can reach: its warnings, workload and
 * cells are those of the whole team, its counts ({@code unchanged}, {@code errors}) are not.
 */
public record Trial(List<Change> changes, Applied applied, Result result, List<Workload> loads) {

    public Trial {
        changes = List.copyOf(changes);
        loads = List.copyOf(loads);
    }

    /** Whether the finding is gone, or still there with a milder severity. */
    boolean eases(Warning target) {
        if (result.warnings().resolved().stream().anyMatch(w -> w.id().equals(target.id()))) {
            return true;
        }
        return result.warnings().changed().stream()
                .anyMatch(c -> c.after().id().equals(target.id()) && c.after().severity().compareTo(target.severity()) > 0);
    }

    boolean resolves(Warning target) {
        return result.warnings().resolved().stream().anyMatch(w -> w.id().equals(target.id()));
    }

    /** ERRORs found after that were not ERRORs before: new findings, or old ones grown to ERROR. */
    int newErrors() {
        int n = (int) result.warnings().introduced().stream().filter(w -> w.severity() == Severity.ERROR).count();
        n += (int) result.warnings().changed().stream()
                .filter(c -> c.after().severity() == Severity.ERROR && c.before().severity() != Severity.ERROR).count();
        return n;
    }

    /** How many findings of the severity there are after, less before (negative: fewer). */
    int delta(Severity severity, java.util.function.Predicate<Warning> counted) {
        int n = 0;
        for (Warning w : result.warnings().resolved()) {
            n -= w.severity() == severity && counted.test(w) ? 1 : 0;
        }
        for (Warning w : result.warnings().introduced()) {
            n += w.severity() == severity && counted.test(w) ? 1 : 0;
        }
        for (Result.Changed c : result.warnings().changed()) {
            n -= c.before().severity() == severity && counted.test(c.before()) ? 1 : 0;
            n += c.after().severity() == severity && counted.test(c.after()) ? 1 : 0;
        }
        return n;
    }

    /**
     * The result over the whole team, for a trial screened on the team whose analysis is
     * {@code before}: the screening found every finding, load and cell that moves, so only the
     * counts need the rest of the team's findings (before = resolved + changed + unchanged).
     */
    Result overWhole(Analysis.Report before) {
        Result.Warnings w = result.warnings();
        int errors = (int) before.warnings().stream().filter(x -> x.severity() == Severity.ERROR).count();
        return new Result(new Result.Warnings(w.resolved(), w.introduced(), w.changed(),
                before.warnings().size() - w.resolved().size() - w.changed().size()), result.workload(), result.cells(),
                new Result.Errors(errors, errors + delta(Severity.ERROR, x -> true)));
    }

    /** How many findings of the severity or worse it introduces. */
    int introducedAtLeast(Severity severity) {
        return (int) result.warnings().introduced().stream().filter(w -> w.severity().compareTo(severity) <= 0).count();
    }

    int introduced(String code) {
        return (int) result.warnings().introduced().stream().filter(w -> w.code().equals(code)).count();
    }

    /** The load of the person after the changes, or null when it does not move. */
    Result.LoadChange load(long person) {
        return result.workload().stream().filter(l -> l.person() == person).findFirst().orElse(null);
    }
}

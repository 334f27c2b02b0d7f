package org.raciplanner.planning.fix;

import org.raciplanner.analysis.Analysis;
import org.raciplanner.planning.Applied;
import org.raciplanner.planning.Change;
import org.raciplanner.planning.Changes;
import org.raciplanner.planning.InvalidChanges;
import org.raciplanner.planning.Result;
import org.raciplanner.snapshot.Snapshot;

import java.util.List;
import java.util.function.Function;

/**
 * Tries change lists on a team: the planning core applies them in memory, and the analysis the
 * service gives (the one {@code GET …/warnings} runs) tells the difference. Screening analyses
 * only the {@link Neighbourhood} of the changes after them, and compares the findings it covers
 * with those the state already knows; {@link #whole} analyses the whole team, for what the search
 * hands back.
 */
public final class Evaluator {

    private final Playbook playbook;
    private final Function<Snapshot.Team, Analysis.Report> analysis;
    private int screened;

    public Evaluator(Playbook playbook, Function<Snapshot.Team, Analysis.Report> analysis) {
        this.playbook = playbook;
        this.analysis = analysis;
    }

    Playbook playbook() {
        return playbook;
    }

    /** How many change lists were screened so far: the search's measure of work, the same on every run. */
    int screened() {
        return screened;
    }

    /** The changes tried on the state's team, or null when they do not apply to it. */
    Trial screen(State state, List<Change> changes) {
        screened++;
        Applied applied = apply(state.team(), changes);
        if (applied == null) {
            return null;
        }
        Neighbourhood.Part part = Neighbourhood.of(state.view(), applied, playbook, state::ownsTooMuch);
        Analysis.Report after = analysis.apply(part.applied().after());
        Analysis.Report exactAfter = new Analysis.Report(after.warnings().stream().filter(part::covers).toList(),
                after.workload().stream().filter(w -> part.affected().contains(w.personId())).toList());
        Analysis.Report exactBefore = new Analysis.Report(state.warnings().stream().filter(part::covers).toList(),
                state.workloads(part.affected()));
        return new Trial(changes, applied, Result.of(part.applied(), exactBefore, exactAfter), exactAfter.workload());
    }

    /** The changes tried on the whole team, whose analysis is {@code report}; null when they do not apply. */
    public Trial whole(Snapshot.Team team, Analysis.Report report, List<Change> changes) {
        Applied applied = apply(team, changes);
        if (applied == null) {
            return null;
        }
        Analysis.Report after = analysis.apply(applied.after());
        return new Trial(changes, applied, Result.of(applied, report, after), after.workload());
    }

    Analysis.Report analyse(Snapshot.Team team) {
        return analysis.apply(team);
    }

    private Applied apply(Snapshot.Team team, List<Change> changes) {
        try {
            return Changes.apply(team, playbook.templates(), changes);
        } catch (InvalidChanges e) {
            return null;
        }
    }
}

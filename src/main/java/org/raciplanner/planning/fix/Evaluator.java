package org.raciplanner.planning.fix;

import org.raciplanner.analysis.Analysis;
import org.raciplanner.analysis.Focus;
import org.raciplanner.analysis.Screening;
import org.raciplanner.analysis.TeamSnapshot;
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
 * only the {@link Neighbourhood} of the changes after them, asks only for the findings about what
 * they touched and whom they affect ({@link Screening}), and compares those with what the state
 * already knows; {@link #whole} analyses the whole team.
 */
public final class Evaluator {

    private final Playbook playbook;
    private final Function<Snapshot.Team, TeamSnapshot> facts;
    private final Screening screening = new Screening();
    private int screened;

    /** {@code facts}: the team as the analysis the service gives takes it (the one {@code GET …/warnings} runs). */
    public Evaluator(Playbook playbook, Function<Snapshot.Team, TeamSnapshot> facts) {
        this.playbook = playbook;
        this.facts = facts;
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
        Analysis.Report after = screening.report(facts.apply(part.applied().after()), new Focus(part.touched(), part.affected()));
        Analysis.Report before = new Analysis.Report(state.about(part.touched(), part.affected()), state.workloads(part.affected()));
        return new Trial(changes, applied, Result.of(part.applied(), before, after), after.workload());
    }

    /** The changes tried on the whole team, whose analysis is {@code report}; null when they do not apply. */
    public Trial whole(Snapshot.Team team, Analysis.Report report, List<Change> changes) {
        Applied applied = apply(team, changes);
        if (applied == null) {
            return null;
        }
        Analysis.Report after = Analysis.report(facts.apply(applied.after()));
        return new Trial(changes, applied, Result.of(applied, report, after), after.workload());
    }

    private Applied apply(Snapshot.Team team, List<Change> changes) {
        try {
            return Changes.apply(team, playbook.templates(), changes);
        } catch (InvalidChanges e) {
            return null;
        }
    }
}

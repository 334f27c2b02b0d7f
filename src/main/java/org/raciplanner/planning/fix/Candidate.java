package org.raciplanner.planning.fix;

import org.raciplanner.planning.Change;

import java.util.ArrayList;
import java.util.List;

/**
 * One way to clear a warning, before it is tried: the changes, what each step hands to whom (for
 * the title), and how well the takers fit: {@code strangers} takers not yet on the initiative,
 * {@code misfits} takers whose role the template does not give that work.
 */
record Candidate(List<Change> changes, List<Step> steps, int strangers, int misfits) {

    Candidate {
        changes = List.copyOf(changes);
        steps = List.copyOf(steps);
    }

    static Candidate of(List<Change> changes, Step step, int strangers, int misfits) {
        return new Candidate(changes, List.of(step), strangers, misfits);
    }

    /** This candidate's changes and steps followed by the other's. */
    Candidate then(Candidate next) {
        List<Change> changes = new ArrayList<>(this.changes);
        changes.addAll(next.changes);
        List<Step> steps = new ArrayList<>(this.steps);
        steps.addAll(next.steps);
        return new Candidate(changes, steps, strangers + next.strangers, misfits + next.misfits);
    }
}

package org.raciplanner.planning.fix;

import org.raciplanner.analysis.Limits;
import org.raciplanner.planning.Change;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What generators work with: the team as the search has it now, the templates, the people nobody
 * may load, and a bounded way to try changes (each change list once per state).
 */
final class Search {

    private final Evaluator evaluator;
    private final Budget budget;
    private final long deadline;
    private final State state;
    private final Set<Long> protect;
    private final int breadth;
    private final boolean easing;
    private final int room;
    private final Map<List<Change>, Trial> tried = new HashMap<>();

    /** {@code breadth}: how many takers a generator tries for one move, where it tries several. */
    Search(Evaluator evaluator, Budget budget, State state, Set<Long> protect, int breadth) {
        this(evaluator, budget, System.nanoTime() + budget.time().toNanos(), state, protect, breadth, false, Integer.MAX_VALUE);
    }

    private Search(Evaluator evaluator, Budget budget, long deadline, State state, Set<Long> protect, int breadth,
                   boolean easing, int room) {
        this.evaluator = evaluator;
        this.budget = budget;
        this.deadline = deadline;
        this.state = state;
        this.protect = Set.copyOf(protect);
        this.breadth = breadth;
        this.easing = easing;
        this.room = room;
    }

    /** The same search, going on from another state of the team. */
    Search at(State next) {
        return new Search(evaluator, budget, deadline, next, protect, breadth, easing, room);
    }

    /**
     * The same search, content with a milder severity ({@code true}): a warning built up move by
     * move is done once it is no longer as severe, as when a fix plan clears ERRORs first.
     */
    Search easing(boolean enough) {
        return new Search(evaluator, budget, deadline, state, protect, breadth, enough, room);
    }

    boolean easing() {
        return easing;
    }

    /** The same search, for candidates of at most {@code changes} changes (what a plan has left). */
    Search within(int changes) {
        return new Search(evaluator, budget, deadline, state, protect, breadth, easing, changes);
    }

    /** How many changes a candidate may have. */
    int room() {
        return room;
    }

    int breadth() {
        return breadth;
    }

    Evaluator evaluator() {
        return evaluator;
    }

    State state() {
        return state;
    }

    TeamView view() {
        return state.view();
    }

    Playbook playbook() {
        return evaluator.playbook();
    }

    Limits limits() {
        return state.team().limits();
    }

    boolean isProtected(long person) {
        return protect.contains(person);
    }

    /** Whether the search has used its screenings or its time. */
    boolean exhausted() {
        return evaluator.screened() >= budget.screenings() || System.nanoTime() > deadline;
    }

    /** The changes tried on the team as it is now; null when they do not apply or the budget is spent. */
    Trial screen(List<Change> changes) {
        if (tried.containsKey(changes)) {
            return tried.get(changes);
        }
        Trial trial = exhausted() ? null : evaluator.screen(state, changes);
        tried.put(changes, trial);
        return trial;
    }
}

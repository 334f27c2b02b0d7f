package org.raciplanner.planfile;

import org.raciplanner.api.ApiException;
import org.raciplanner.api.Problem;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Every problem found in a plan file, each at its place; the reader goes on after each, so all are named at once. */
final class Problems {

    private final List<Problem.Issue> issues = new ArrayList<>();

    void at(Tree.Where where, String message) {
        issues.add(Problem.Issue.at(where.shown(), where.line(), where.column(), message));
    }

    boolean any() {
        return !issues.isEmpty();
    }

    /** Refuses the file if anything was found: 400, every problem named, in the order they stand in the file. */
    void refuseIfAny() {
        if (issues.isEmpty()) {
            return;
        }
        List<Problem.Issue> sorted = issues.stream().sorted(Comparator
                .comparing((Problem.Issue i) -> i.line() == null ? Integer.MAX_VALUE : i.line())
                .thenComparing(i -> i.column() == null ? 0 : i.column())).toList();
        throw ApiException.badRequest("The plan was not applied: " + sorted.size() + (sorted.size() == 1 ? " problem" : " problems")
                + " in the file; nothing was changed", sorted);
    }
}

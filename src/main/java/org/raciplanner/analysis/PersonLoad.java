package org.raciplanner.analysis;

import java.util.Comparator;
import java.util.List;

/** A person's estimated weekly load and where it comes from; {@code percent} is null without capacity. */
record PersonLoad(double hours, Double percent, List<Contribution> contributions) {

    PersonLoad {
        contributions = List.copyOf(contributions);
    }

    /** The biggest contributions first; ties in initiative and row order. */
    List<Contribution> top(int limit) {
        return contributions.stream()
                .sorted(Comparator.comparingDouble(Contribution::hours).reversed())
                .limit(limit)
                .toList();
    }
}

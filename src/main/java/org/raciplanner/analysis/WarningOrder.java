package org.raciplanner.analysis;

import java.util.Comparator;

/**
 * Severity first, then subject: initiative (by name), responsibility key, person (by name),
 * then code. Warnings without an initiative (about a person across the team) come first
 * within their severity.
 */
final class WarningOrder {

    private WarningOrder() {
    }

    static Comparator<Warning> of(TeamIndex team) {
        Comparator<Long> byInitiative = Comparator.comparing((Long id) -> team.initiativeName(id))
                .thenComparing(Comparator.naturalOrder());
        Comparator<Long> byPerson = Comparator.comparing((Long id) -> team.personName(id))
                .thenComparing(Comparator.naturalOrder());
        return Comparator.comparing(Warning::severity)
                .thenComparing(Warning::initiativeId, Comparator.nullsFirst(byInitiative))
                .thenComparing(Warning::responsibility, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(Warning::personId, Comparator.nullsFirst(byPerson))
                .thenComparing(Warning::code)
                .thenComparing(Warning::message);
    }
}

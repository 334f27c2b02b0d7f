package org.raciplanner.analysis;

import java.util.Set;

/** The initiatives and the people whose findings an analysis is asked for ({@link Analysis#report(TeamSnapshot, Focus)}). */
public record Focus(Set<Long> initiatives, Set<Long> people) {

    public Focus {
        initiatives = Set.copyOf(initiatives);
        people = Set.copyOf(people);
    }
}

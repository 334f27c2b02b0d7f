package org.raciplanner.roster;

import io.micronaut.serde.annotation.Serdeable;
import org.raciplanner.snapshot.Holdings;

import java.util.List;

/** A deleted person as the history keeps them: enough to see, and to restore, everything they held. */
@Serdeable
record RemovedPerson(PersonView person, List<Holdings.Initiative> holdings, List<Holdings.Cell> cells,
                     List<Holdings.Staffed> staffing) {

    static RemovedPerson of(PersonView person, Holdings holdings) {
        return new RemovedPerson(person, holdings.initiatives(), holdings.cells(), holdings.staffing());
    }

    /** What they hold on one initiative, in words: the reason a delete is refused. */
    static String describe(Holdings.Initiative held) {
        StringBuilder s = new StringBuilder();
        if (held.cells() > 0) {
            s.append(held.cells()).append(held.cells() == 1 ? " cell" : " cells");
        }
        if (!held.roles().isEmpty()) {
            s.append(s.isEmpty() ? "" : ", ").append("staffed as ").append(held.roles());
        }
        if (held.relayed() > 0) {
            s.append(s.isEmpty() ? "" : ", ").append(held.relayed()).append(held.relayed() == 1 ? " person communicates"
                    : " people communicate").append(" via them");
        }
        return s.toString();
    }
}

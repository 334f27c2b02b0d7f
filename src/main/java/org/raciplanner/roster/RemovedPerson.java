package org.raciplanner.roster;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** A deleted person as the history keeps them: enough to see, and to restore, everything they held. */
@Serdeable
record RemovedPerson(PersonView person, List<Holding> holdings, List<HeldCell> cells, List<StaffedAs> staffing) {

    @Introspected
    @Serdeable
    record HeldCell(long initiativeId, String responsibility, String letters, String source) {
    }

    @Introspected
    @Serdeable
    record StaffedAs(long initiativeId, String role, long person, @Nullable Long communicatesVia) {
    }
}

package org.raciplanner.analysis;

import java.util.List;
import java.util.Objects;

/** Everything the analysis needs to know about one team, loaded by the service. */
public record TeamSnapshot(Limits limits, List<PersonFacts> people, List<InitiativeFacts> initiatives,
                           List<RoleConflict> conflicts) {

    public TeamSnapshot {
        Objects.requireNonNull(limits, "limits");
        people = List.copyOf(people);
        initiatives = List.copyOf(initiatives);
        conflicts = List.copyOf(conflicts);
    }
}

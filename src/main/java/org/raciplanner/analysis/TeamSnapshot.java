package org.raciplanner.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Everything the analysis needs to know about one team, loaded by the service, and when it is
 * judged: the horizon's date is "today" for the service, or the date a client asks about.
 */
public record TeamSnapshot(Limits limits, List<PersonFacts> people, List<InitiativeFacts> initiatives,
                           List<RoleConflict> conflicts, Horizon horizon) {

    public TeamSnapshot {
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(horizon, "horizon");
        people = List.copyOf(people);
        initiatives = List.copyOf(initiatives);
        conflicts = List.copyOf(conflicts);
    }

    /** The same team with other people and initiatives (a what-if), judged at the same horizon. */
    public TeamSnapshot with(List<PersonFacts> otherPeople, List<InitiativeFacts> otherInitiatives) {
        return new TeamSnapshot(limits, otherPeople, otherInitiatives, conflicts, horizon);
    }

    /** The same team judged at another horizon: another date, or more or fewer weeks. */
    public TeamSnapshot at(Horizon other) {
        return new TeamSnapshot(limits, people, initiatives, conflicts, other);
    }

    /** The same team with one person's availability windows replaced; unknown people are left as they are. */
    public TeamSnapshot withAvailability(long personId, List<AvailabilityWindow> windows) {
        List<PersonFacts> changed = new ArrayList<>(people.size());
        for (PersonFacts person : people) {
            changed.add(person.id() == personId ? person.withAvailability(windows) : person);
        }
        return with(changed, initiatives);
    }
}

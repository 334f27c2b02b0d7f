package org.raciplanner.planning;

import org.raciplanner.snapshot.Snapshot;

import java.util.List;
import java.util.Map;

/**
 * A change list applied in memory: the team before and after, the writes that would make it so,
 * and the people it adds (provisional id, below 0, to the ref the list gave them).
 */
public record Applied(Snapshot.Team before, Snapshot.Team after, List<Effect> effects, Map<Long, String> added) {

    public Applied {
        effects = List.copyOf(effects);
        added = Map.copyOf(added);
    }
}

package org.raciplanner.scenario;

import org.raciplanner.planning.Effect;

import java.util.Set;
import java.util.TreeSet;

/** What a scenario's writes lock: whether it adds people, the team's people it names, the initiatives it changes. */
record Touched(boolean addsPeople, Set<Long> people, Set<Long> initiatives) {

    static Touched of(Iterable<Effect> effects) {
        boolean adds = false;
        Set<Long> people = new TreeSet<>();
        Set<Long> initiatives = new TreeSet<>();
        for (Effect effect : effects) {
            if (effect instanceof Effect.NewPerson) {
                adds = true;
            } else if (effect instanceof Effect.Capacity c) {
                people.add(c.person());
            } else if (effect instanceof Effect.Availability a) {
                people.add(a.person());
            } else if (effect instanceof Effect.Staffing s) {
                initiatives.add(s.initiativeId());
                s.staffing().forEach(e -> {
                    people.add(e.person());
                    if (e.communicatesVia() != null) {
                        people.add(e.communicatesVia());
                    }
                });
            } else if (effect instanceof Effect.Row r) {
                initiatives.add(r.initiativeId());
            } else if (effect instanceof Effect.Cell c) {
                initiatives.add(c.initiativeId());
                people.add(c.person());
            }
        }
        people.removeIf(p -> p < 0); // people the scenario adds are nobody else's to lock
        return new Touched(adds, Set.copyOf(people), Set.copyOf(initiatives));
    }

    boolean covers(Touched other) {
        return (addsPeople || !other.addsPeople) && people.containsAll(other.people) && initiatives.containsAll(other.initiatives);
    }
}

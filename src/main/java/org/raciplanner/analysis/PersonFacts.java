package org.raciplanner.analysis;

import java.util.Objects;

/** A member of the roster; capacity in hours per week. */
public record PersonFacts(long id, String name, double capacityHours) {

    public PersonFacts {
        Objects.requireNonNull(name, "name");
        if (!Double.isFinite(capacityHours) || capacityHours < 0) {
            throw new IllegalArgumentException("capacityHours of " + name + " must be a number >= 0, got " + capacityHours);
        }
    }
}

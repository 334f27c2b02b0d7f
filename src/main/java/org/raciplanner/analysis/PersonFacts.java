package org.raciplanner.analysis;

import java.util.List;
import java.util.Objects;

/**
 * A member of the roster; capacity in hours per week, and the dated windows in which it differs
 * (sorted by date; overlapping windows are refused).
 */
public record PersonFacts(long id, String name, double capacityHours, List<AvailabilityWindow> availability) {

    public PersonFacts {
        Objects.requireNonNull(name, "name");
        if (!Double.isFinite(capacityHours) || capacityHours < 0) {
            throw new IllegalArgumentException("capacityHours of " + name + " must be a number >= 0, got " + capacityHours);
        }
        availability = new CapacityCalendar(capacityHours, availability).windows();
    }

    /** Someone whose capacity is the same every week. */
    public PersonFacts(long id, String name, double capacityHours) {
        this(id, name, capacityHours, List.of());
    }

    public PersonFacts withAvailability(List<AvailabilityWindow> windows) {
        return new PersonFacts(id, name, capacityHours, windows);
    }

    CapacityCalendar calendar() {
        return new CapacityCalendar(capacityHours, availability);
    }
}

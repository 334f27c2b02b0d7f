package org.raciplanner.analysis;

import java.util.List;
import java.util.Objects;

/** One person's estimated weekly load and letter counts; hours and percent rounded to 1 decimal. */
public record Workload(long personId, String name, double capacityHours, double loadHours, double loadPercent,
                       int accountableCount, int responsibleCount, int consultedCount, int informedCount,
                       List<String> roles) {

    /** The load percent reported for a person with a capacity of 0 h who still carries load. */
    public static final double PERCENT_WITHOUT_CAPACITY = 9999.9;

    public Workload {
        Objects.requireNonNull(name, "name");
        roles = List.copyOf(roles);
    }
}

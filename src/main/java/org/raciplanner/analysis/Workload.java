package org.raciplanner.analysis;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One person's estimated load and letter counts; hours and percent rounded to 1 decimal. Capacity,
 * load and percent are those of the week holding the evaluation date; {@code peakLoadPercent} is the
 * highest of the horizon's weeks, in the week starting {@code peakStart} (the earliest of equals).
 * A percentage is null for a week with a capacity of 0 h: not available, so no share of it means anything.
 */
public record Workload(long personId, String name, double capacityHours, double loadHours, Double loadPercent,
                       int accountableCount, int responsibleCount, int consultedCount, int informedCount,
                       List<String> roles, Double peakLoadPercent, LocalDate peakStart) {

    public Workload {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(peakStart, "peakStart");
        roles = List.copyOf(roles);
    }
}

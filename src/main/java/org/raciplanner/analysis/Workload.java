package org.raciplanner.analysis;

import java.util.List;
import java.util.Objects;

/**
 * One person's estimated weekly load and letter counts; hours and percent rounded to 1 decimal.
 * {@code loadPercent} is null for someone with a capacity of 0 h: not available, so no share of it means anything.
 */
public record Workload(long personId, String name, double capacityHours, double loadHours, Double loadPercent,
                       int accountableCount, int responsibleCount, int consultedCount, int informedCount,
                       List<String> roles) {

    public Workload {
        Objects.requireNonNull(name, "name");
        roles = List.copyOf(roles);
    }
}

package org.raciplanner.initiative;

import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;

/** When an initiative runs; either end may be open, but it never ends before it starts. */
public record DateRange(@Nullable LocalDate start, @Nullable LocalDate end) {

    public DateRange {
        if (start != null && end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("endDate " + end + " is before startDate " + start);
        }
    }
}

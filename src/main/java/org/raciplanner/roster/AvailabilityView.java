package org.raciplanner.roster;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.raciplanner.api.Numbers;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A window as clients read it, and as the history keeps it. */
@Serdeable
record AvailabilityView(LocalDate from, LocalDate to, BigDecimal capacityHours, @Nullable String note) {

    static AvailabilityView of(Availability a) {
        return new AvailabilityView(a.from(), a.to(), Numbers.plain(a.capacityHours()), a.note());
    }
}

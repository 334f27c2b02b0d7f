package org.raciplanner.roster;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One stored window of a person's capacity; the schema refuses two that overlap. */
@MappedEntity("availability")
record Availability(@Id @GeneratedValue @Nullable Long id,
                    long teamId,
                    long personId,
                    @MappedProperty("from_date") LocalDate from,
                    @MappedProperty("to_date") LocalDate to,
                    BigDecimal capacityHours,
                    @Nullable String note) {
}

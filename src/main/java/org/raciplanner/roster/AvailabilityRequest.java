package org.raciplanner.roster;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.raciplanner.api.Text;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A dated window of a person's weekly capacity, both days included: a holiday is 0 h, part-time 20 h.
 * Public so that a plan file's windows are held to the same constraints.
 */
@Serdeable
public record AvailabilityRequest(@NotNull LocalDate from,
                           @NotNull LocalDate to,
                           @NotNull @DecimalMin("0") @DecimalMax("168") BigDecimal capacityHours,
                           @Nullable @Size(max = 200) @Pattern(regexp = Text.SINGLE_LINE, message = Text.SINGLE_LINE_MESSAGE) String note) {
}

package org.raciplanner.roster;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.raciplanner.api.Text;

import java.math.BigDecimal;

/** A new member of the roster. */
@Serdeable
public record PersonRequest(@NotBlank @Size(max = 200) @Pattern(regexp = Text.SINGLE_LINE, message = Text.SINGLE_LINE_MESSAGE) String name,
                     @NotNull @Size(max = 254) @ValidEmail String email,
                     @Nullable @Size(max = 200) @Pattern(regexp = Text.SINGLE_LINE, message = Text.SINGLE_LINE_MESSAGE) String title,
                     @Nullable @Size(max = 200) @Pattern(regexp = Text.SINGLE_LINE, message = Text.SINGLE_LINE_MESSAGE) String location,
                     @Nullable Boolean remote,
                     @Nullable @DecimalMin("0") @DecimalMax("168") BigDecimal capacityHours) {

    public static final BigDecimal DEFAULT_CAPACITY = BigDecimal.valueOf(40);

    Person toPerson(long teamId) {
        return new Person(null, teamId, name.strip(), new Email(email).value(), blankToNull(title), blankToNull(location),
                Boolean.TRUE.equals(remote), capacityHours != null ? capacityHours : DEFAULT_CAPACITY, null, null, null);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

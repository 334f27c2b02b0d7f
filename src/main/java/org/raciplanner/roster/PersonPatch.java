package org.raciplanner.roster;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.raciplanner.api.Text;

import java.math.BigDecimal;

/**
 * Changes to a person; absent fields stay as they are. With {@code version}, the change is refused
 * (409) if someone else changed the person since that version was read.
 */
@Serdeable
record PersonPatch(@Nullable @Size(max = 200) @Pattern(regexp = ".*\\S.*", message = "must not be blank")
                   @Pattern(regexp = Text.SINGLE_LINE, message = Text.SINGLE_LINE_MESSAGE) String name,
                   @Nullable @Size(max = 254) @ValidEmail String email,
                   @Nullable @Size(max = 200) @Pattern(regexp = Text.SINGLE_LINE, message = Text.SINGLE_LINE_MESSAGE) String title,
                   @Nullable @Size(max = 200) @Pattern(regexp = Text.SINGLE_LINE, message = Text.SINGLE_LINE_MESSAGE) String location,
                   @Nullable Boolean remote,
                   @Nullable @DecimalMin("0") @DecimalMax("168") BigDecimal capacityHours,
                   @Nullable Long version) {

    Person applyTo(Person p) {
        return new Person(p.id(), p.teamId(),
                name != null ? name.strip() : p.name(),
                email != null ? new Email(email).value() : p.email(),
                title != null ? PersonRequest.blankToNull(title) : p.title(),
                location != null ? PersonRequest.blankToNull(location) : p.location(),
                remote != null ? remote : p.remote(),
                capacityHours != null ? capacityHours : p.capacityHours(),
                p.version(), p.createdAt(), p.updatedAt());
    }
}

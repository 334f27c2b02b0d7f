package org.raciplanner.roster;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.raciplanner.api.Text;
import org.raciplanner.api.MergePatch;

import java.math.BigDecimal;
import java.util.Set;

/**
 * Changes to a person, as a JSON merge patch: absent fields stay as they are, {@code title} and
 * {@code location} sent as null are cleared. With {@code version}, the change is refused (409) if
 * someone else changed the person since that version was read.
 */
@Serdeable
public record PersonPatch(@Nullable @Size(max = 200) @Pattern(regexp = ".*\\S.*", message = "must not be blank")
                   @Pattern(regexp = Text.SINGLE_LINE, message = Text.SINGLE_LINE_MESSAGE) String name,
                   @Nullable @Size(max = 254) @ValidEmail String email,
                   @Nullable @Size(max = 200) @Pattern(regexp = Text.SINGLE_LINE, message = Text.SINGLE_LINE_MESSAGE) String title,
                   @Nullable @Size(max = 200) @Pattern(regexp = Text.SINGLE_LINE, message = Text.SINGLE_LINE_MESSAGE) String location,
                   @Nullable Boolean remote,
                   @Nullable @DecimalMin("0") @DecimalMax("168") BigDecimal capacityHours,
                   @Nullable Long version) {

    public static final Set<String> CLEARABLE = Set.of("title", "location");

    /** The person as the patch leaves them; equal to {@code p} when it changes nothing. */
    static Person applyTo(Person p, MergePatch<PersonPatch> patch) {
        PersonPatch sent = patch.values();
        return new Person(p.id(), p.teamId(),
                sent.name != null ? sent.name.strip() : p.name(),
                sent.email != null ? new Email(sent.email).value() : p.email(),
                patch.pick("title", PersonRequest.blankToNull(sent.title), p.title()),
                patch.pick("location", PersonRequest.blankToNull(sent.location), p.location()),
                sent.remote != null ? sent.remote : p.remote(),
                sent.capacityHours != null && sent.capacityHours.compareTo(p.capacityHours()) != 0 ? sent.capacityHours : p.capacityHours(),
                p.version(), p.createdAt(), p.updatedAt());
    }
}

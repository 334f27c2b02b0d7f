package org.raciplanner.initiative;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.raciplanner.api.Text;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** What clients send to the initiative endpoints. */
public final class InitiativeRequests {

    static final int MAX_STAFFING = 5_000;

    private InitiativeRequests() {
    }

    @Serdeable
    public record NewInitiative(@NotNull Kind kind,
                         @NotBlank @Size(max = 200) @Pattern(regexp = Text.SINGLE_LINE, message = Text.SINGLE_LINE_MESSAGE) String name,
                         @Nullable @Size(max = Handles.MAX_LENGTH) @Pattern(regexp = Handles.PATTERN, message = Handles.PATTERN_MESSAGE) String handle,
                         @Nullable @Size(max = 100) String template,
                         @Nullable @Positive Long parentId,
                         @Nullable @Size(max = Handles.MAX_LENGTH) String parent,
                         @Nullable LocalDate startDate,
                         @Nullable LocalDate endDate,
                         @Nullable @DecimalMin("0") @DecimalMax("1000000000000") BigDecimal budget,
                         @Nullable @Size(max = MAX_STAFFING) List<@Valid @NotNull StaffingEntry> staffing) {
    }

    /**
     * A JSON merge patch: absent fields keep their value; the parent ({@code parentId} or {@code parent}),
     * the dates and {@code budget} sent as null are cleared. A {@code template} is applied: its rows are
     * added and the staffing's letters derived from it, as when an initiative is created with it.
     */
    @Serdeable
    public record InitiativePatch(@Nullable @Size(max = 200) @Pattern(regexp = ".*\\S.*", message = "must not be blank")
                           @Pattern(regexp = Text.SINGLE_LINE, message = Text.SINGLE_LINE_MESSAGE) String name,
                           @Nullable @Size(max = Handles.MAX_LENGTH) @Pattern(regexp = Handles.PATTERN, message = Handles.PATTERN_MESSAGE) String handle,
                           @Nullable @Size(max = 100) String template,
                           @Nullable @Positive Long parentId,
                           @Nullable @Size(max = Handles.MAX_LENGTH) String parent,
                           @Nullable LocalDate startDate,
                           @Nullable LocalDate endDate,
                           @Nullable @DecimalMin("0") @DecimalMax("1000000000000") BigDecimal budget,
                           @Nullable Long version) {

        static final Set<String> CLEARABLE = Set.of("parentId", "parent", "startDate", "endDate", "budget");
    }

    /** One person in one role; {@code communicatesVia} names the staffed person who keeps them in sync. */
    @Serdeable
    public record StaffingEntry(@NotBlank @Size(max = 100) String role,
                         @NotNull @Positive Long person,
                         @Nullable @Positive Long communicatesVia) {
    }
}

package org.raciplanner.fix;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.raciplanner.planning.fix.FixPlan;

import java.util.List;

/** What clients send to the fix endpoints. */
final class FixRequests {

    /** The changes a fix plan may use unless asked otherwise: enough for a team of benchmark scale M. */
    static final int DEFAULT_MAX_CHANGES = FixPlan.MAX_CHANGES;

    private FixRequests() {
    }

    @Serdeable
    @Schema(name = "FixPlanRequest")
    record Plan(@Nullable @Size(max = 50) @ArraySchema(schema = @Schema(description = "A warning code, such as NO_ACCOUNTABLE"))
                List<@NotNull String> codes,
                @Nullable @Min(1) @Max(FixPlan.MAX_CHANGES)
                @Schema(description = "At most this many changes; default " + DEFAULT_MAX_CHANGES) Integer maxChanges,
                @Nullable @Size(max = 10_000) @ArraySchema(schema = @Schema(description = "A person of the team"))
                List<@NotNull Long> protect) {
    }
}

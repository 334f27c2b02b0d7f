package org.raciplanner.history;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.ArrayList;

/**
 * A change as clients read it: {@code before} and {@code after} are the JSON that was recorded;
 * {@code scenario} names the scenario whose apply made the change, if one did.
 */
@Serdeable
record HistoryView(long id, Instant at, String actor, String action, @Nullable Long initiativeId, @Nullable Long personId,
                   @Nullable @Schema(nullable = true, oneOf = {Recorded.class, RecordedList.class}) Object before,
                   @Nullable @Schema(nullable = true, oneOf = {Recorded.class, RecordedList.class}) Object after,
                   @Nullable ScenarioRef scenario) {

    @Serdeable
    record ScenarioRef(long id, String name) {
    }

    /** For the OpenAPI document only: what a change recorded is a JSON object ... */
    @Schema(name = "Recorded", description = "The JSON of what changed, as it was recorded",
            additionalProperties = Schema.AdditionalPropertiesValue.TRUE)
    interface Recorded {
    }

    /** ... or a list of them, such as a whole staffing. */
    @Schema(name = "RecordedList")
    abstract static class RecordedList extends ArrayList<Recorded> {
    }
}

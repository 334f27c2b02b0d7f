package org.raciplanner.history;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** One recorded change; {@code before} and {@code after} are JSON text as stored. */
@MappedEntity("history")
record HistoryEntry(@Id long id,
                    long teamId,
                    Instant at,
                    String actor,
                    String action,
                    @Nullable Long initiativeId,
                    @Nullable Long personId,
                    @Nullable String before,
                    @Nullable String after,
                    @Nullable Long scenarioId,
                    @Nullable String scenarioName) {
}

package org.raciplanner.history;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/** A change as clients read it: {@code before} and {@code after} are the JSON that was recorded. */
@Serdeable
record HistoryView(long id, Instant at, String actor, String action, @Nullable Long initiativeId, @Nullable Long personId,
                   @Nullable Object before, @Nullable Object after) {
}

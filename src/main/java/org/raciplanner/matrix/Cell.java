package org.raciplanner.matrix;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import org.raciplanner.analysis.Letters;

import java.time.Instant;

/** One person's letters on one row; ROLE cells come from staffing, MANUAL ones were set by hand. */
@MappedEntity("cell")
record Cell(@Id @GeneratedValue @Nullable Long id,
            long teamId,
            long initiativeId,
            long responsibilityId,
            long personId,
            Letters letters,
            CellSource source,
            @DateCreated @Nullable Instant createdAt,
            @DateUpdated @Nullable Instant updatedAt) {
}

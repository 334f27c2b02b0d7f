package org.raciplanner.initiative;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** One person playing one role on one initiative. */
@MappedEntity("staffing")
record Staffing(@Id @GeneratedValue @Nullable Long id,
                long teamId,
                long initiativeId,
                String role,
                long personId,
                @Nullable Long communicatesVia,
                @DateCreated @Nullable Instant createdAt) {
}

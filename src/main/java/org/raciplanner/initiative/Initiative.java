package org.raciplanner.initiative;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

@MappedEntity("initiative")
record Initiative(@Id @GeneratedValue @Nullable Long id,
                  long teamId,
                  Kind kind,
                  String name,
                  String handle,
                  @Nullable String templateKey,
                  @Nullable Long parentId,
                  @Nullable LocalDate startDate,
                  @Nullable LocalDate endDate,
                  @Nullable BigDecimal budget,
                  long matrixVersion,
                  @Version @Nullable Long version,
                  @DateCreated @Nullable Instant createdAt,
                  @DateUpdated @Nullable Instant updatedAt) {
}

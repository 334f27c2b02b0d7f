package org.raciplanner.matrix;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.math.BigDecimal;
import java.time.Instant;

/** A row of an initiative's matrix: one unit of management work. */
@MappedEntity("responsibility")
record Responsibility(@Id @GeneratedValue @Nullable Long id,
                      long teamId,
                      long initiativeId,
                      String key,
                      String name,
                      Category category,
                      BigDecimal effortHours,
                      int position,
                      @DateCreated @Nullable Instant createdAt,
                      @DateUpdated @Nullable Instant updatedAt) {
}

package org.raciplanner.roster;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.math.BigDecimal;
import java.time.Instant;

@MappedEntity("person")
record Person(@Id @GeneratedValue @Nullable Long id,
              long teamId,
              String name,
              String email,
              @Nullable String title,
              @Nullable String location,
              boolean remote,
              BigDecimal capacityHours,
              @Version @Nullable Long version,
              @DateCreated @Nullable Instant createdAt,
              @DateUpdated @Nullable Instant updatedAt) {
}

package org.raciplanner.access;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A team's token; of its secret only the hash is stored. */
@MappedEntity("token")
record Token(@Id @GeneratedValue @Nullable Long id,
             long teamId,
             String name,
             Role role,
             byte[] secretHash,
             @DateCreated @Nullable Instant createdAt) {
}

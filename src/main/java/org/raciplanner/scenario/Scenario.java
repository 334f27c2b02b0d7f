package org.raciplanner.scenario;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;

import java.time.Instant;

/**
 * A saved scenario: its changes and the letters, at {@code baseVersion}, of the cells they change
 * (both JSON, as {@link ChangeLists} and {@link BaseCell} write them), and whether it was applied.
 */
@MappedEntity("scenario")
record Scenario(@Id @GeneratedValue @Nullable Long id,
                long teamId,
                String name,
                @TypeDef(type = DataType.JSON) String changes,
                long baseVersion,
                @TypeDef(type = DataType.JSON) String baseCells,
                String createdBy,
                @DateCreated @Nullable Instant createdAt,
                @DateUpdated @Nullable Instant updatedAt,
                @Nullable String appliedBy,
                @Nullable Instant appliedAt,
                @Nullable Long appliedVersion) {

    boolean applied() {
        return appliedAt != null;
    }
}

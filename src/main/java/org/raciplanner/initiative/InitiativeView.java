package org.raciplanner.initiative;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.raciplanner.api.Timestamps;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

@Serdeable
public record InitiativeView(long id, String handle, Kind kind, String name, @Nullable String template, @Nullable Long parentId,
                      @Nullable LocalDate startDate, @Nullable LocalDate endDate, @Nullable BigDecimal budget,
                      long matrixVersion, long version, Instant createdAt, Instant updatedAt) {

    static InitiativeView of(Initiative i) {
        return new InitiativeView(i.id(), i.handle(), i.kind(), i.name(), i.templateKey(), i.parentId(), i.startDate(), i.endDate(),
                i.budget(), i.matrixVersion(), i.version(), Timestamps.shown(i.createdAt()), Timestamps.shown(i.updatedAt()));
    }
}

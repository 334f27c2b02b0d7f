package org.raciplanner.roster;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.raciplanner.api.Numbers;
import org.raciplanner.api.Timestamps;

import java.math.BigDecimal;
import java.time.Instant;

@Serdeable
public record PersonView(long id, String name, String email, @Nullable String title, @Nullable String location,
                  boolean remote, BigDecimal capacityHours, long version, Instant createdAt, Instant updatedAt) {

    static PersonView of(Person p) {
        return new PersonView(p.id(), p.name(), p.email(), p.title(), p.location(), p.remote(),
                Numbers.plain(p.capacityHours()),
                p.version(), Timestamps.shown(p.createdAt()), Timestamps.shown(p.updatedAt()));
    }
}

package org.raciplanner.team;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.time.Instant;

/** The tenant, with the limits the analysis applies to it. */
@MappedEntity("team")
record Team(@Id @GeneratedValue @Nullable Long id,
            String name,
            int maxAccountable,
            int maxRoles,
            int maxConsulted,
            int maxResponsible,
            int maxCommunicationSpan,
            int capacityWarnPercent,
            int capacityErrorPercent,
            int singlePointPercent,
            int horizonWeeks,
            @Version @Nullable Long version,
            @DateCreated @Nullable Instant createdAt,
            @DateUpdated @Nullable Instant updatedAt) {

    static Team named(String name) {
        Settings d = Settings.DEFAULTS;
        return new Team(null, name, d.maxAccountable(), d.maxRoles(), d.maxConsulted(), d.maxResponsible(),
                d.maxCommunicationSpan(), d.capacityWarnPercent(), d.capacityErrorPercent(), d.singlePointPercent(),
                d.horizonWeeks(), null, null, null);
    }

    Settings settings() {
        return new Settings(maxAccountable, maxRoles, maxConsulted, maxResponsible, maxCommunicationSpan,
                capacityWarnPercent, capacityErrorPercent, singlePointPercent, horizonWeeks);
    }

    Team with(Settings s) {
        return new Team(id, name, s.maxAccountable(), s.maxRoles(), s.maxConsulted(), s.maxResponsible(),
                s.maxCommunicationSpan(), s.capacityWarnPercent(), s.capacityErrorPercent(), s.singlePointPercent(),
                s.horizonWeeks(), version, createdAt, updatedAt);
    }
}

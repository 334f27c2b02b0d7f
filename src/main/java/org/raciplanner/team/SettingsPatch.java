package org.raciplanner.team;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** Any subset of the limits; what is left out keeps its value. */
@Serdeable
public record SettingsPatch(@Nullable @Min(1) @Max(10000) Integer maxAccountable,
                     @Nullable @Min(1) @Max(1000) Integer maxRoles,
                     @Nullable @Min(0) @Max(10000) Integer maxConsulted,
                     @Nullable @Min(1) @Max(10000) Integer maxResponsible,
                     @Nullable @Min(1) @Max(100000) Integer maxCommunicationSpan,
                     @Nullable @Min(1) @Max(1000) Integer capacityWarnPercent,
                     @Nullable @Min(1) @Max(1000) Integer capacityErrorPercent,
                     @Nullable @Min(1) @Max(100) Integer singlePointPercent,
                     @Nullable @Min(1) @Max(156) Integer horizonWeeks) {

    Settings applyTo(Settings s) {
        return new Settings(
                pick(maxAccountable, s.maxAccountable()),
                pick(maxRoles, s.maxRoles()),
                pick(maxConsulted, s.maxConsulted()),
                pick(maxResponsible, s.maxResponsible()),
                pick(maxCommunicationSpan, s.maxCommunicationSpan()),
                pick(capacityWarnPercent, s.capacityWarnPercent()),
                pick(capacityErrorPercent, s.capacityErrorPercent()),
                pick(singlePointPercent, s.singlePointPercent()),
                pick(horizonWeeks, s.horizonWeeks()));
    }

    private static int pick(Integer given, int current) {
        return given != null ? given : current;
    }
}

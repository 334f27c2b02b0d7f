package org.raciplanner.team;

import io.micronaut.serde.annotation.Serdeable;

/**
 * A team's limits; the defaults are domain.md's. {@code horizonWeeks}: how many weeks from today the
 * load is judged over (planning.md, Time).
 */
@Serdeable
public record Settings(int maxAccountable,
                       int maxRoles,
                       int maxConsulted,
                       int maxResponsible,
                       int maxCommunicationSpan,
                       int capacityWarnPercent,
                       int capacityErrorPercent,
                       int singlePointPercent,
                       int horizonWeeks) {

    public static final Settings DEFAULTS = new Settings(12, 2, 5, 3, 20, 100, 150, 60, 26);
}

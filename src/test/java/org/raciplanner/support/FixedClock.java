package org.raciplanner.support;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Fixes the service's "today" for a test class that sets {@code raci.test.today}
 * ({@code @Property(name = FixedClock.TODAY, value = "2026-12-21")}): the time-phased analysis then
 * judges the team on that date, whatever day the tests run.
 */
@Factory
@Requires(property = FixedClock.TODAY)
public class FixedClock {

    public static final String TODAY = "raci.test.today";

    @Singleton
    @Replaces(Clock.class)
    Clock clock(@Value("${" + TODAY + "}") String today) {
        return Clock.fixed(LocalDate.parse(today).atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
    }
}

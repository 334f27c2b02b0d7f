package org.raciplanner.api;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Every moment the API shows, in one precision: UTC to the millisecond. The answer to a write holds
 * the moment as Java made it (to the nanosecond), a later read what PostgreSQL kept (rounded to the
 * microsecond, as the driver rounds); rounding to the microsecond first, then cutting to the
 * millisecond, makes both show the same value.
 */
public final class Timestamps {

    private Timestamps() {
    }

    public static Instant shown(Instant moment) {
        return moment == null ? null : moment.plusNanos(500).truncatedTo(ChronoUnit.MICROS).truncatedTo(ChronoUnit.MILLIS);
    }

    /**
     * Where the state "at" an instant ends: a change belongs to it when the moment the API shows for
     * the change (to the millisecond) is at or before the instant. So the state at an instant is the
     * state after every change shown at that millisecond or earlier, whatever finer digits either
     * has: two changes in one millisecond are both in or both out. Answers the first stored moment
     * (microseconds, as PostgreSQL keeps them) that is no longer in.
     */
    public static Instant endOf(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MILLIS).plusMillis(1);
    }
}

package org.raciplanner.support;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Instants for tests of the past, which the API reads to the millisecond. */
public final class Moments {

    private Moments() {
    }

    /**
     * Now, answered once the clock has moved past its millisecond: whatever happens afterwards is
     * shown at a later millisecond, so {@code ?at=} this instant tells it apart.
     */
    public static Instant pastMillisecond() {
        Instant at = Instant.now();
        while (!Instant.now().truncatedTo(ChronoUnit.MILLIS).isAfter(at.truncatedTo(ChronoUnit.MILLIS))) {
            Thread.onSpinWait();
        }
        return at;
    }
}

package org.raciplanner;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

import java.time.Clock;

/**
 * The one clock of the service: "today" for the load over time and the date in file names is asked
 * of this bean, never of the system directly, so tests can fix the date.
 */
@Factory
class SystemClock {

    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}

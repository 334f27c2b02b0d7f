package org.raciplanner.planning.fix;

import java.time.Duration;
import java.util.Objects;

/**
 * How much work one search may do: a number of screenings, which makes the same team give the
 * same answer on every run, and a deadline that only a machine much slower than planned reaches
 * first (the search then answers with what it found so far).
 */
public record Budget(int screenings, Duration time) {

    public Budget {
        Objects.requireNonNull(time, "time");
        if (screenings < 1) {
            throw new IllegalArgumentException("a search needs at least one screening, not " + screenings);
        }
    }
}

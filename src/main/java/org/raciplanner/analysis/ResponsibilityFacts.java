package org.raciplanner.analysis;

import java.util.Objects;

/** A row of an initiative's matrix; {@code effortHours} per week for whoever is R. */
public record ResponsibilityFacts(String key, String name, double effortHours) {

    public ResponsibilityFacts {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        if (!Double.isFinite(effortHours) || effortHours < 0) {
            throw new IllegalArgumentException("effortHours of " + key + " must be a number >= 0, got " + effortHours);
        }
    }
}

package org.raciplanner.analysis;

import java.util.Objects;

/** A person playing a role on an initiative; {@code communicatesVia} is the person who keeps them in sync, or null. */
public record StaffingFacts(String role, long personId, Long communicatesVia) {

    public StaffingFacts {
        Objects.requireNonNull(role, "role");
    }
}

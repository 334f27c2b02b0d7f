package org.raciplanner.initiative;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

@Serdeable
public record StaffingView(String role, long person, @Nullable Long communicatesVia) {

    static StaffingView of(Staffing s) {
        return new StaffingView(s.role(), s.personId(), s.communicatesVia());
    }
}

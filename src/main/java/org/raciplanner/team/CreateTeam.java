package org.raciplanner.team;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

@Serdeable
record CreateTeam(@NotBlank @Size(max = 200) String name) {
}

package org.raciplanner.access;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A new token; its name is what the history shows as the author of its changes. */
@Serdeable
record TokenRequest(@NotBlank @Size(max = 100) String name, @NotNull Role role) {
}

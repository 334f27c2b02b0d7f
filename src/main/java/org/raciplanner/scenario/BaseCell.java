package org.raciplanner.scenario;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * A cell a scenario changes, with its letters at the scenario's base version (null: empty), so an
 * apply can tell whether someone else changed it since.
 */
@Serdeable
record BaseCell(long initiativeId, String responsibility, long person, @Nullable String letters) {
}

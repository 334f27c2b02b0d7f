package org.raciplanner.team;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.serde.annotation.Serdeable;

/** A team as the operator's list shows it. */
@Serdeable
@Introspected
record TeamSummary(long id, String name) {
}

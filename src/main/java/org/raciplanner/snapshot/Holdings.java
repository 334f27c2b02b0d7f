package org.raciplanner.snapshot;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * What one person holds across a team's initiatives: their cells, their roles, and the people who
 * communicate via them. Read before a person is deleted, to refuse the delete or to keep in the
 * history what it removed.
 */
public record Holdings(List<Initiative> initiatives, List<Cell> cells, List<Staffed> staffing) {

    public Holdings {
        initiatives = List.copyOf(initiatives);
        cells = List.copyOf(cells);
        staffing = List.copyOf(staffing);
    }

    public boolean isEmpty() {
        return initiatives.isEmpty();
    }

    /** On one initiative: how many cells, which roles (by key, comma-separated) and how many relay through them. */
    @Serdeable
    public record Initiative(long initiativeId, String initiativeName, long cells, String roles, long relayed) {
    }

    @Serdeable
    public record Cell(long initiativeId, String responsibility, String letters, String source) {
    }

    /** Their own staffing, and that of the people who communicate via them. */
    @Serdeable
    public record Staffed(long initiativeId, String role, long person, @Nullable Long communicatesVia) {
    }
}

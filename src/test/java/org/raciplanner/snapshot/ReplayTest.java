package org.raciplanner.snapshot;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.raciplanner.snapshot.Replay.Entry.cell;
import static org.raciplanner.snapshot.Replay.Entry.of;

/** What each kind of history entry does to a matrix being rebuilt, over plain values. */
class ReplayTest {

    private static final Map<String, Object> ATLAS = Map.of("id", 7, "kind", "PRODUCT", "name", "Atlas", "template", "product");

    @Test
    void buildsTheMatrixFromItsCreationRowsStaffingAndCells() {
        Replay replay = new Replay();
        replay.apply(of("initiative.created", 1, ATLAS));
        replay.apply(of("responsibility.created", 2, row("roadmap", "Roadmap", 2)));
        replay.apply(of("responsibility.created", 2, row("budget", "Budget", 1.5)));
        replay.apply(cell("cell.derived", 3, "roadmap", 11, "RA", "ROLE"));
        replay.apply(of("staffing.replaced", 3, List.of(Map.of("role", "product-manager", "person", 11))));
        replay.apply(cell("cell.set", 4, "budget", 12, "C", "MANUAL"));

        Snapshot.Matrix m = replay.matrix(PastMatrices::unknown);
        assertEquals(4, m.initiative().version());
        assertEquals(List.of("roadmap", "budget"), m.rows().stream().map(Snapshot.Row::key).toList());
        assertEquals(List.of(11L, 12L), m.columns().stream().map(Snapshot.Column::person).toList(), "staffed first, then cell holders");
        assertEquals(List.of("product-manager"), m.columns().get(0).roles());
        assertEquals(2, m.cells().size());
    }

    @Test
    void dropsADeletedRowsCellsAndAClearedCell() {
        Replay replay = new Replay();
        replay.apply(of("initiative.created", 1, ATLAS));
        replay.apply(of("responsibility.created", 2, row("roadmap", "Roadmap", 2)));
        replay.apply(of("responsibility.created", 3, row("budget", "Budget", 1)));
        replay.apply(cell("cell.set", 4, "roadmap", 11, "A", "MANUAL"));
        replay.apply(cell("cell.set", 5, "budget", 11, "R", "MANUAL"));
        replay.apply(cell("cell.cleared", 6, "budget", 11, null, null));
        replay.apply(of("responsibility.deleted", 7, Map.of("row", row("roadmap", "Roadmap", 2), "cells", List.of())));
        replay.apply(of("responsibility.created", 8, row("roadmap", "Roadmap again", 1)));

        Snapshot.Matrix m = replay.matrix(PastMatrices::unknown);
        assertEquals(List.of("budget", "roadmap"), m.rows().stream().map(Snapshot.Row::key).toList(), "a row made again comes last");
        assertEquals(List.of(), m.cells());
        assertEquals(List.of(), m.columns());
    }

    @Test
    void startsOverFromABaselineAndEndsWithADelete() {
        Replay replay = new Replay();
        replay.apply(of("initiative.created", 1, ATLAS));
        replay.apply(of("matrix.baseline", 9, Map.of("initiative", Map.of("id", 7, "kind", "PRODUCT", "name", "Atlas 2"),
                "staffing", List.of(Map.of("role", "sponsor", "person", 12, "communicatesVia", 11)),
                "matrix", Map.of("responsibilities", List.of(row("risk", "Risk", 1)),
                        "cells", List.of(Map.of("responsibility", "risk", "person", 11, "letters", "I", "source", "MANUAL")),
                        "people", List.of(Map.of("id", 11, "name", "Dana", "email", "dana@example.com"))))));
        Snapshot.Matrix m = replay.matrix(id -> replay.baselinePeople().getOrDefault(id, PastMatrices.unknown(id)));
        assertEquals("Atlas 2", m.initiative().name());
        assertEquals(9, m.initiative().version());
        assertEquals(List.of("person #12", "Dana"), m.columns().stream().map(Snapshot.Column::name).toList());

        replay.apply(of("initiative.deleted", 9, Map.of()));
        assertEquals(Replay.Lifecycle.DELETED, replay.lifecycle());
    }

    @Test
    void readsItsOwnStateBackAsACheckpoint() {
        Replay replay = new Replay();
        replay.apply(of("initiative.created", 1, Map.of("id", 7, "kind", "PROJECT", "name", "Phoenix", "startDate", "2027-01-01",
                "budget", 1200.5)));
        replay.apply(of("responsibility.created", 2, row("risk", "Risk", 1.25)));
        replay.apply(of("staffing.replaced", 3, List.of(Map.of("role", "sponsor", "person", 12, "communicatesVia", 11),
                Map.of("role", "project-manager", "person", 11))));
        replay.apply(cell("cell.derived", 4, "risk", 11, "RA", "ROLE"));

        Replay again = new Replay();
        again.apply(of("matrix.baseline", replay.version(), replay.state()));
        assertEquals(replay.matrix(PastMatrices::unknown), again.matrix(PastMatrices::unknown));
    }

    @Test
    void passesOverKindsItDoesNotKnow() {
        Replay replay = new Replay();
        replay.apply(of("scenario.applied", 0, Map.of("anything", 1)));
        assertEquals(Replay.Lifecycle.NOT_YET, replay.lifecycle());
    }

    private static Map<String, Object> row(String key, String name, double effort) {
        return Map.of("key", key, "name", name, "category", "STRATEGY", "effortHours", effort);
    }
}

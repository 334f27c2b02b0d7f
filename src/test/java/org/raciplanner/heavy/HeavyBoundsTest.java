package org.raciplanner.heavy;

import io.micronaut.core.value.MapPropertyResolver;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** How the bounds follow from the heap and the cores, and that configuration overrides them. */
class HeavyBoundsTest {

    private static final long MB = HeavyBounds.MB;
    private static final MapPropertyResolver NOTHING_SET = new MapPropertyResolver(Map.of());

    @Test
    void runsOneTeamExportAtATimeInTheBenchmarksSmallHeap() {
        HeavyBounds.Machine small = new HeavyBounds.Machine(256 * MB, 2);

        assertEquals(new Gate.Bounds(1, 4, Duration.ofSeconds(30)), HeavyBounds.of(Kind.TEAM_EXPORT, NOTHING_SET, small),
                "(256 - 64) / 8 kinds = 24 MB, less than one export's 64 MB: one all the same");
        assertEquals(1, HeavyBounds.of(Kind.INITIATIVE_EXPORT, NOTHING_SET, small).maxRunning(), "24 / 16 = 1");
        assertEquals(1, HeavyBounds.of(Kind.WORKBOOK_UPLOAD, NOTHING_SET, small).maxRunning());
        assertEquals(1, HeavyBounds.of(Kind.WHAT_IF, NOTHING_SET, small).maxRunning(), "24 / 32");
        assertEquals(1, HeavyBounds.of(Kind.PLAN, NOTHING_SET, small).maxRunning(), "24 / 32");
        assertEquals(1, HeavyBounds.of(Kind.SUGGESTIONS, NOTHING_SET, small).maxRunning(), "24 / 32");
        assertEquals(1, HeavyBounds.of(Kind.FIX_PLAN, NOTHING_SET, small).maxRunning(), "24 / 32");
    }

    @Test
    void neverRunsMoreAtOnceThanThereAreCores() {
        HeavyBounds.Machine large = new HeavyBounds.Machine(8192 * MB, 4);

        for (Kind kind : Kind.values()) {
            assertEquals(4, HeavyBounds.of(kind, NOTHING_SET, large).maxRunning(), kind.key());
        }
    }

    @Test
    void runsOneAtATimeEvenWhenTheHeapIsSmallerThanTheReserve() {
        assertEquals(1, HeavyBounds.derivedMaxRunning(new HeavyBounds.Machine(48 * MB, 8), 64 * MB, 64 * MB, 3));
    }

    @Test
    void keepsEveryKindAtItsBoundTogetherWithinTheHeap() {
        HeavyBounds.Machine machine = new HeavyBounds.Machine(1024 * MB, 16);
        long reserve = HeavyBounds.DEFAULT_RESERVE_MB * MB;
        long heavy = 0;
        for (Kind kind : Kind.values()) {
            heavy += HeavyBounds.of(kind, NOTHING_SET, machine).maxRunning() * kind.heapPerTask();
        }
        assertEquals(true, heavy <= machine.maxHeap() - reserve, heavy / MB + " MB of heavy work");
    }

    @Test
    void takesConfiguredBoundsOverDerivedOnes() {
        MapPropertyResolver config = new MapPropertyResolver(Map.of(
                "raci.heavy.team-export.max-running", "3",
                "raci.heavy.team-export.queue-length", "7",
                "raci.heavy.team-export.max-wait", "5s",
                "raci.heavy.max-wait", "10s",
                "raci.heavy.workbook-upload.heap-per-task-mb", "1",
                "raci.heavy.reserve-mb", "0"));
        HeavyBounds.Machine machine = new HeavyBounds.Machine(256 * MB, 2);

        assertEquals(new Gate.Bounds(3, 7, Duration.ofSeconds(5)), HeavyBounds.of(Kind.TEAM_EXPORT, config, machine));
        assertEquals(new Gate.Bounds(2, 8, Duration.ofSeconds(10)), HeavyBounds.of(Kind.WORKBOOK_UPLOAD, config, machine),
                "1 MB per upload: as many as the cores; the shared wait applies");
    }
}

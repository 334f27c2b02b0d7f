package org.raciplanner.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Correctness at scale; the timing lives in the README, not in a test. */
class LargeTeamTest {

    @Test
    void analysesAThousandPeopleAndTwoHundredInitiatives() {
        TeamSnapshot snapshot = LargeTeamFixture.snapshot();

        List<Warning> warnings = Analysis.warnings(snapshot);
        List<Workload> workload = Analysis.workload(snapshot);

        assertEquals(LargeTeamFixture.PEOPLE, workload.size());
        assertEquals(LargeTeamFixture.INITIATIVES, warnings.stream()
                .filter(w -> w.code().equals("MISSING_RESPONSIBILITY")).count());
        assertTrue(warnings.stream().anyMatch(w -> w.code().equals("COMMUNICATION_SPAN")));
        assertEquals(warnings, Analysis.warnings(snapshot));
    }
}

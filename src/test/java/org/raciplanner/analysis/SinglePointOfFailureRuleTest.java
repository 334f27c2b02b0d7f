package org.raciplanner.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.raciplanner.analysis.SnapshotFixture.PROJECT;
import static org.raciplanner.analysis.SnapshotFixture.single;
import static org.raciplanner.analysis.SnapshotFixture.team;

import java.util.List;
import org.junit.jupiter.api.Test;

class SinglePointOfFailureRuleTest {

    /** Dana holds R, A or RA on the first {@code held} of ten rows; Ben holds the rest. */
    private static SnapshotFixture.TeamBuilder danaHolds(int held, String letters) {
        var team = team();
        long dana = team.person("Dana");
        long ben = team.person("Ben");
        var phoenix = team.initiative("Phoenix", PROJECT).rows(10, 1);
        for (int i = 1; i <= 10; i++) {
            phoenix.cell("r" + i, i <= held ? dana : ben, i <= held ? letters : "RA");
        }
        return team;
    }

    @Test
    void remarksWhenOnePersonHoldsMoreThanSixtyPercent() {
        Warning warning = single(danaHolds(7, "RA").warnings(), "SINGLE_POINT_OF_FAILURE");

        assertEquals(Severity.INFO, warning.severity());
        assertEquals(1L, warning.personId());
        assertEquals("Dana is R or A on 7 of 10 responsibilities of Phoenix (70.0 %).", warning.message());
        assertEquals("If Dana is away, Phoenix stalls: hand at least 1 of them to others so Dana holds at most 6 (60 %).",
                warning.advice());
        assertEquals(7, warning.figures().get("count"));
        assertEquals(10, warning.figures().get("responsibilityCount"));
        assertEquals(70.0, warning.figures().get("percent"));
        assertEquals(60, warning.figures().get("limitPercent"));
        assertEquals(List.of("r1", "r2", "r3", "r4", "r5", "r6", "r7"), warning.figures().get("responsibilities"));
    }

    @Test
    void countsAnAccountableWithoutR() {
        assertEquals(1, danaHolds(7, "A").warnings("SINGLE_POINT_OF_FAILURE").size());
    }

    @Test
    void staysQuietAtExactlySixtyPercent() {
        assertEquals(List.of(), danaHolds(6, "RA").warnings("SINGLE_POINT_OF_FAILURE"));
    }

    @Test
    void ignoresConsultedAndInformed() {
        assertEquals(List.of(), danaHolds(10, "C").warnings("SINGLE_POINT_OF_FAILURE"));
    }

    @Test
    void leavesInitiativesWithFewerThanThreeResponsibilitiesAlone() {
        var team = team();
        long dana = team.person("Dana");
        team.initiative("Tiny", PROJECT).rows(2, 1).cell("r1", dana, "RA").cell("r2", dana, "RA");

        assertEquals(List.of(), team.warnings("SINGLE_POINT_OF_FAILURE"));
    }

    @Test
    void appliesFromThreeResponsibilities() {
        var team = team();
        long dana = team.person("Dana");
        team.initiative("Small", PROJECT).rows(3, 1).cell("r1", dana, "RA").cell("r2", dana, "R");

        Warning warning = single(team.warnings(), "SINGLE_POINT_OF_FAILURE");

        assertEquals(66.7, warning.figures().get("percent"));
    }
}

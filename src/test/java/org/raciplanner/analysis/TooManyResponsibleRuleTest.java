package org.raciplanner.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.raciplanner.analysis.SnapshotFixture.PROJECT;
import static org.raciplanner.analysis.SnapshotFixture.single;
import static org.raciplanner.analysis.SnapshotFixture.team;

import java.util.List;
import org.junit.jupiter.api.Test;

class TooManyResponsibleRuleTest {

    @Test
    void remarksWhenMoreThanThreePeopleDoTheWorkCountingRa() {
        var team = team();
        long dana = team.person("Dana");
        team.initiative("Phoenix", PROJECT).row("plan", 8).cell("plan", dana, "RA")
                .cells("plan", team.people("Dev", 3), "R");

        Warning warning = single(team.warnings(), "TOO_MANY_RESPONSIBLE");

        assertEquals(Severity.INFO, warning.severity());
        assertEquals("4 people are responsible for 'Plan' on Phoenix; the team limit is 3.", warning.message());
        assertTrue(warning.advice().contains("at most 3 R each, or move 1 of Dana, Dev 1, Dev 2 and Dev 3 to C"),
                warning.advice());
        assertEquals(4, warning.figures().get("count"));
        assertEquals(3, warning.figures().get("limit"));
        assertEquals(List.of("Dana", "Dev 1", "Dev 2", "Dev 3"), warning.figures().get("responsible"));
    }

    @Test
    void staysQuietAtTheLimit() {
        var team = team();
        long dana = team.person("Dana");
        team.initiative("Phoenix", PROJECT).row("plan", 8).cell("plan", dana, "RA")
                .cells("plan", team.people("Dev", 2), "R");

        assertEquals(List.of(), team.warnings("TOO_MANY_RESPONSIBLE"));
    }
}

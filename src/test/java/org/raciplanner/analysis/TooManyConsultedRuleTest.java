package org.raciplanner.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.raciplanner.analysis.SnapshotFixture.PROJECT;
import static org.raciplanner.analysis.SnapshotFixture.single;
import static org.raciplanner.analysis.SnapshotFixture.team;

import java.util.List;
import org.junit.jupiter.api.Test;

class TooManyConsultedRuleTest {

    @Test
    void remarksWhenMoreThanFivePeopleAreConsulted() {
        var team = team();
        long dana = team.person("Dana");
        List<Long> advisers = team.people("Adviser", 6);
        team.initiative("Phoenix", PROJECT).row("plan", 4).cell("plan", dana, "RA").cells("plan", advisers, "C");

        Warning warning = single(team.warnings(), "TOO_MANY_CONSULTED");

        assertEquals(Severity.INFO, warning.severity());
        assertEquals("6 people are consulted on 'Plan' for Phoenix; the team limit is 5.", warning.message());
        assertTrue(warning.advice().contains("move at least 1 of"), warning.advice());
        assertEquals(6, warning.figures().get("count"));
        assertEquals(5, warning.figures().get("limit"));
        assertEquals(List.of("Adviser 1", "Adviser 2", "Adviser 3", "Adviser 4", "Adviser 5", "Adviser 6"),
                warning.figures().get("consulted"));
    }

    @Test
    void staysQuietAtTheLimit() {
        var team = team();
        long dana = team.person("Dana");
        team.initiative("Phoenix", PROJECT).row("plan", 4).cell("plan", dana, "RA")
                .cells("plan", team.people("Adviser", 5), "C");

        assertEquals(List.of(), team.warnings("TOO_MANY_CONSULTED"));
    }
}

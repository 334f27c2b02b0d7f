package org.raciplanner.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.raciplanner.analysis.SnapshotFixture.PROJECT;
import static org.raciplanner.analysis.SnapshotFixture.single;
import static org.raciplanner.analysis.SnapshotFixture.team;

import java.util.List;
import org.junit.jupiter.api.Test;

class NoResponsibleRuleTest {

    @Test
    void warnsWhenOnlyTheAccountableIsOnTheRow() {
        var team = team();
        long dana = team.person("Dana");
        long ben = team.person("Ben");
        team.initiative("Phoenix", PROJECT).row("risk", 3).cell("risk", dana, "A").cell("risk", ben, "C");

        Warning warning = single(team.warnings(), "NO_RESPONSIBLE");

        assertEquals(Severity.WARNING, warning.severity());
        assertEquals("Nobody does the work for 'Risk' on Phoenix: the row has no R.", warning.message());
        assertTrue(warning.advice().contains("mark Dana RA"), warning.advice());
        assertEquals(0, warning.figures().get("responsibleCount"));
        assertEquals(List.of("Dana"), warning.figures().get("accountable"));
        assertEquals(3.0, warning.figures().get("effortHours"));
    }

    @Test
    void countsAnAccountableWhoAlsoDoesTheWork() {
        var team = team();
        long dana = team.person("Dana");
        team.initiative("Phoenix", PROJECT).row("risk", 3).cell("risk", dana, "RA");

        assertEquals(List.of(), team.warnings("NO_RESPONSIBLE"));
    }
}

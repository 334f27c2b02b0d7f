package org.raciplanner.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.raciplanner.analysis.SnapshotFixture.PROJECT;
import static org.raciplanner.analysis.SnapshotFixture.single;
import static org.raciplanner.analysis.SnapshotFixture.team;

import java.util.List;
import org.junit.jupiter.api.Test;

class MissingResponsibilityRuleTest {

    @Test
    void warnsForEachRequiredResponsibilityWithoutARow() {
        var team = team();
        long dana = team.person("Dana");
        var phoenix = team.initiative("Phoenix", PROJECT).requires("budget", "risk").row("risk", 2).cell("risk", dana, "RA");

        Warning warning = single(team.warnings(), "MISSING_RESPONSIBILITY");

        assertEquals(Severity.WARNING, warning.severity());
        assertEquals("Phoenix has no 'budget' responsibility, which every project needs.", warning.message());
        assertEquals(phoenix.id(), warning.initiativeId());
        assertEquals("budget", warning.responsibility());
        assertEquals("PROJECT", warning.figures().get("kind"));
        assertEquals(List.of("budget", "risk"), warning.figures().get("requiredResponsibilities"));
    }

    @Test
    void staysQuietWhenEveryRequiredRowExists() {
        var team = team();
        team.initiative("Phoenix", PROJECT).requires("budget").row("budget", 2);

        assertEquals(List.of(), team.warnings("MISSING_RESPONSIBILITY"));
    }
}

package org.raciplanner.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.raciplanner.analysis.SnapshotFixture.PROJECT;
import static org.raciplanner.analysis.SnapshotFixture.single;
import static org.raciplanner.analysis.SnapshotFixture.team;

import java.util.List;
import org.junit.jupiter.api.Test;

class UnassignedPersonRuleTest {

    @Test
    void remarksOnAPersonWithoutAnyLetter() {
        var team = team();
        long dana = team.person("Dana");
        long lee = team.person("Lee", 32);
        team.initiative("Phoenix", PROJECT).row("plan", 4).cell("plan", dana, "RA").staff("delivery-team", lee);

        Warning warning = single(team.warnings(), "UNASSIGNED_PERSON");

        assertEquals(Severity.INFO, warning.severity());
        assertEquals(lee, warning.personId());
        assertNull(warning.initiativeId());
        assertEquals("Lee holds no responsibility on any initiative.", warning.message());
        assertTrue(warning.advice().startsWith("Lee is staffed as delivery team"), warning.advice());
        assertEquals(32.0, warning.figures().get("capacityHours"));
        assertEquals(List.of("delivery-team"), warning.figures().get("roles"));
    }

    @Test
    void staysQuietForSomeoneOnlyInformed() {
        var team = team();
        long lee = team.person("Lee");
        team.initiative("Phoenix", PROJECT).row("plan", 4).cell("plan", lee, "I");

        assertEquals(List.of(), team.warnings("UNASSIGNED_PERSON"));
    }
}

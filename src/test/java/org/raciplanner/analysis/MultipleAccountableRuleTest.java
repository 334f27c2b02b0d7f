package org.raciplanner.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.raciplanner.analysis.SnapshotFixture.PROJECT;
import static org.raciplanner.analysis.SnapshotFixture.single;
import static org.raciplanner.analysis.SnapshotFixture.team;

import java.util.List;
import org.junit.jupiter.api.Test;

class MultipleAccountableRuleTest {

    @Test
    void warnsWhenTwoPeopleAreAccountableAndNamesThem() {
        var team = team();
        long dana = team.person("Dana");
        long ben = team.person("Ben");
        team.initiative("Phoenix", PROJECT).row("budget", 2).cell("budget", dana, "A").cell("budget", ben, "RA");

        Warning warning = single(team.warnings(), "MULTIPLE_ACCOUNTABLE");

        assertEquals(Severity.ERROR, warning.severity());
        assertEquals("2 people are accountable for 'Budget' on Phoenix: Dana and Ben.", warning.message());
        assertEquals("budget", warning.responsibility());
        assertEquals(2, warning.figures().get("accountableCount"));
        assertEquals(1, warning.figures().get("limit"));
        assertEquals(List.of(dana, ben), warning.figures().get("personIds"));
        assertEquals(List.of("Dana", "Ben"), warning.figures().get("personNames"));
    }

    @Test
    void staysQuietWithOneAccountable() {
        var team = team();
        long dana = team.person("Dana");
        long ben = team.person("Ben");
        team.initiative("Phoenix", PROJECT).row("budget", 2).cell("budget", dana, "A").cell("budget", ben, "R");

        assertEquals(List.of(), team.warnings("MULTIPLE_ACCOUNTABLE"));
    }
}

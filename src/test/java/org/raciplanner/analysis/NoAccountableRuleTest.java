package org.raciplanner.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.raciplanner.analysis.SnapshotFixture.PROJECT;
import static org.raciplanner.analysis.SnapshotFixture.single;
import static org.raciplanner.analysis.SnapshotFixture.team;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NoAccountableRuleTest {

    @Test
    void warnsWhenNobodyIsAccountable() {
        var team = team();
        long ben = team.person("Ben");
        var phoenix = team.initiative("Phoenix", PROJECT).row("budget", 2).cell("budget", ben, "R");

        Warning warning = single(team.warnings(), "NO_ACCOUNTABLE");

        assertEquals(Severity.ERROR, warning.severity());
        assertEquals("Nobody is accountable for 'Budget' on Phoenix.", warning.message());
        assertEquals(phoenix.id(), warning.initiativeId());
        assertEquals("budget", warning.responsibility());
        assertNull(warning.personId());
        assertEquals(Map.of("responsibility", "budget", "accountableCount", 0, "responsible", List.of("Ben")),
                warning.figures());
    }

    @Test
    void suggestsTheOnlyDoerAsRa() {
        var team = team();
        long ben = team.person("Ben");
        team.initiative("Phoenix", PROJECT).row("budget", 2).cell("budget", ben, "R");

        assertTrue(single(team.warnings(), "NO_ACCOUNTABLE").advice().contains("mark Ben RA"));
    }

    @Test
    void suggestsTheLeadRoleWhenNobodyDoesTheWork() {
        var team = team();
        team.initiative("Nova", SnapshotFixture.PRODUCT).row("roadmap", 2);

        assertTrue(single(team.warnings(), "NO_ACCOUNTABLE").advice().contains("usually the product manager of Nova"));
    }

    @Test
    void staysQuietWithExactlyOneAccountable() {
        var team = team();
        long dana = team.person("Dana");
        long ben = team.person("Ben");
        team.initiative("Phoenix", PROJECT)
                .row("budget", 2).cell("budget", dana, "A").cell("budget", ben, "R")
                .row("risk", 2).cell("risk", dana, "RA");

        assertEquals(List.of(), team.warnings("NO_ACCOUNTABLE"));
    }
}

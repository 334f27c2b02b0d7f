package org.raciplanner.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.raciplanner.analysis.SnapshotFixture.PROJECT;
import static org.raciplanner.analysis.SnapshotFixture.single;
import static org.raciplanner.analysis.SnapshotFixture.team;

import java.util.List;
import org.junit.jupiter.api.Test;

class AccountabilityOverloadRuleTest {

    /** Dana is A on {@code rows} rows of Phoenix; Ben does the first one. */
    private static SnapshotFixture.TeamBuilder danaOwns(int rows) {
        var team = team();
        long dana = team.person("Dana");
        long ben = team.person("Ben");
        var phoenix = team.initiative("Phoenix", PROJECT).rows(rows, 0).cell("r1", ben, "R");
        for (int i = 1; i <= rows; i++) {
            phoenix.cell("r" + i, dana, "A");
        }
        return team;
    }

    @Test
    void warnsAboveTwelveAccountabilities() {
        Warning warning = single(danaOwns(13).warnings(), "ACCOUNTABILITY_OVERLOAD");

        assertEquals(Severity.WARNING, warning.severity());
        assertEquals("Dana is accountable for 13 responsibilities on 1 initiative; the team limit is 12.",
                warning.message());
        assertTrue(warning.advice().contains("at least 1 of them, starting where another person already does "
                + "the work: 'R1' on Phoenix (Ben R)."), warning.advice());
        assertEquals(13, warning.figures().get("count"));
        assertEquals(12, warning.figures().get("limit"));
        assertEquals(1, warning.figures().get("initiativeCount"));
        assertEquals(13, ((List<?>) warning.figures().get("accountableFor")).size());
        assertEquals("Phoenix: r1", ((List<?>) warning.figures().get("accountableFor")).get(0));
    }

    @Test
    void staysQuietAtTheLimit() {
        assertEquals(List.of(), danaOwns(12).warnings("ACCOUNTABILITY_OVERLOAD"));
    }
}

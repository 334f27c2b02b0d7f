package org.raciplanner.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.raciplanner.analysis.SnapshotFixture.PROJECT;
import static org.raciplanner.analysis.SnapshotFixture.team;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FactsValidationTest {

    @Test
    void refusesUnresolvedLettersAndNamesThem() {
        var error = assertThrows(IllegalArgumentException.class, () -> new CellFacts("budget", 1, "AR"));

        assertEquals("letters must be one of R, A, C, I, RA, got 'AR'", error.getMessage());
    }

    @Test
    void acceptsTheKindInAnyCase() {
        InitiativeFacts facts = new InitiativeFacts(1, "Phoenix", "project", List.of(), List.of(), List.of(),
                Set.of(), Set.of(), null);

        assertEquals("PROJECT", facts.kind());
        assertEquals(CommunicationModel.defaults(), facts.communication());
    }

    @Test
    void refusesAnUnknownKind() {
        assertThrows(IllegalArgumentException.class, () -> new InitiativeFacts(1, "Phoenix", "epic",
                List.of(), List.of(), List.of(), Set.of(), Set.of(), null));
    }

    @Test
    void refusesNegativeCapacityAndEffort() {
        assertThrows(IllegalArgumentException.class, () -> new PersonFacts(1, "Dana", -1));
        assertThrows(IllegalArgumentException.class, () -> new ResponsibilityFacts("plan", "Plan", Double.NaN));
    }

    @Test
    void refusesARoleInConflictWithItself() {
        assertThrows(IllegalArgumentException.class, () -> new RoleConflict("sponsor", "sponsor", "no"));
    }

    @Test
    void refusesACellForARowTheInitiativeDoesNotHave() {
        var team = team();
        long dana = team.person("Dana");
        team.initiative("Phoenix", PROJECT).row("plan", 1).cell("budget", dana, "A");

        var error = assertThrows(IllegalArgumentException.class, team::warnings);

        assertTrue(error.getMessage().contains("unknown responsibility 'budget'"), error.getMessage());
    }

    @Test
    void refusesTwoCellsForOnePersonOnOneRow() {
        var team = team();
        long dana = team.person("Dana");
        team.initiative("Phoenix", PROJECT).row("plan", 1).cell("plan", dana, "A").cell("plan", dana, "R");

        assertThrows(IllegalArgumentException.class, team::warnings);
    }

    @Test
    void hasTheDefaultLimitsOfTheDomain() {
        assertEquals(new Limits(12, 2, 5, 3, 20, 100, 150, 60), Limits.defaults());
    }

    @Test
    void listsFourteenDistinctCodes() {
        List<String> codes = Analysis.codes();

        assertEquals(Set.of("NO_ACCOUNTABLE", "MULTIPLE_ACCOUNTABLE", "NO_RESPONSIBLE", "TOO_MANY_CONSULTED",
                "TOO_MANY_RESPONSIBLE", "UNSTAFFED_ROLE", "MISSING_RESPONSIBILITY", "SINGLE_POINT_OF_FAILURE",
                "UNASSIGNED_PERSON", "CAPACITY_OVERLOAD", "ACCOUNTABILITY_OVERLOAD", "ROLE_CONFLICT",
                "ROLE_STACKING", "COMMUNICATION_SPAN"), new HashSet<>(codes));
        assertEquals(14, codes.size());
    }
}

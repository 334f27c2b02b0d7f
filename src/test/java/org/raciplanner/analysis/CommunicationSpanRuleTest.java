package org.raciplanner.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.raciplanner.analysis.SnapshotFixture.COMMUNICATION;
import static org.raciplanner.analysis.SnapshotFixture.PROJECT;
import static org.raciplanner.analysis.SnapshotFixture.single;
import static org.raciplanner.analysis.SnapshotFixture.team;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CommunicationSpanRuleTest {

    private static final String CODE = "COMMUNICATION_SPAN";

    /** Dana (id 1) holds {@code letters} on stakeholder communication of Phoenix, with a delivery team. */
    private static SnapshotFixture.TeamBuilder danaSyncs(int people, String letters) {
        var team = team();
        long dana = team.person("Dana");
        team.initiative("Phoenix", PROJECT)
                .row(COMMUNICATION, 2).cell(COMMUNICATION, dana, letters)
                .staff("project-manager", dana)
                .staff("delivery-team", team.people("Dev", people));
        return team;
    }

    @Test
    void warnsAboveTwentyAndSaysHowManyToHandToACoordinator() {
        var team = danaSyncs(21, "RA");

        Warning warning = single(team.warnings(), CODE);

        assertEquals(Severity.WARNING, warning.severity());
        assertEquals(1L, warning.personId());
        assertEquals(100L, warning.initiativeId());
        assertEquals(COMMUNICATION, warning.responsibility());
        assertEquals("Dana keeps 21 people on Phoenix in sync directly; the limit is 20.", warning.message());
        // 21 − 20 = 1 too many, and the new coordinator becomes one of Dana's contacts: 2 must move
        assertEquals("Staff a project coordinator on Phoenix and set communicatesVia to them for at least 2 of the "
                + "21 people Dana syncs directly, for example part of the delivery team, such as its "
                + "remote members (Dana syncs 21 delivery team members directly: Dev 1, Dev 2, Dev 3, Dev 4, Dev 5 and 16 more), so "
                + "Dana's span drops to at most 20 (a coordinator counts as one of Dana's contacts).", warning.advice());
        assertEquals(21, warning.figures().get("span"));
        assertEquals(20, warning.figures().get("limit"));
        assertEquals(2, warning.figures().get("mustMove"));
        assertEquals(1, warning.figures().get("coordinatorsNeeded"));
        assertEquals(Map.of("delivery-team", 21), warning.figures().get("syncedDirectlyByRole"));
        assertEquals(0, warning.figures().get("relaysFor"));
        assertEquals("RA", warning.figures().get("letters"));
    }

    @Test
    void staysQuietAtTwenty() {
        assertEquals(List.of(), danaSyncs(20, "RA").warnings(CODE));
    }

    @Test
    void holdsTheAccountableToTheSpanWhenNobodyIsR() {
        assertEquals(1, danaSyncs(21, "A").warnings(CODE).size());
    }

    @Test
    void namesAnExistingCoordinatorWithRoom() {
        var team = team();
        long dana = team.person("Dana");
        long cole = team.person("Cole");
        team.initiative("Phoenix", PROJECT)
                .row(COMMUNICATION, 2).cell(COMMUNICATION, dana, "RA")
                .staff("project-manager", dana)
                .staff("project-coordinator", cole)
                .staff("delivery-team", team.people("Dev", 22));

        Warning warning = single(team.warnings(), CODE);

        // Dana syncs Cole + 22 = 23; Cole relays for nobody yet, so 3 can move to Cole
        assertEquals(23, warning.figures().get("span"));
        assertEquals(3, warning.figures().get("mustMove"));
        assertEquals(0, warning.figures().get("coordinatorsNeeded"));
        assertEquals("Cole", warning.figures().get("coordinator"));
        assertEquals(Map.of("project-coordinator", 1, "delivery-team", 22), warning.figures().get("syncedDirectlyByRole"));
        assertEquals("Set communicatesVia to Cole for at least 3 of the 23 people Dana syncs directly on Phoenix, "
                + "for example part of the delivery team, such as its remote members (Dana syncs 22 delivery team "
                + "members directly: Dev 1, Dev 2, Dev 3, Dev 4, Dev 5 and 17 more), so Dana's span drops to at most 20.",
                warning.advice());
    }

    @Test
    void warnsACoordinatorWhoRelaysForTooManyPeople() {
        var team = team();
        long dana = team.person("Dana");
        long cole = team.person("Cole");
        team.initiative("Phoenix", PROJECT)
                .row(COMMUNICATION, 2).cell(COMMUNICATION, dana, "RA")
                .staff("project-manager", dana)
                .staff("project-coordinator", cole)
                .staff("delivery-team", team.people("Remote", 21), cole);

        Warning warning = single(team.warnings(), CODE);

        assertEquals(cole, warning.personId());
        assertEquals(21, warning.figures().get("span"));
        assertEquals(21, warning.figures().get("relaysFor"));
        assertEquals("none", warning.figures().get("letters"));
        assertFalse(warning.advice().contains("Set communicatesVia to Cole"), warning.advice());
    }

    @Test
    void asksForSeveralCoordinatorsWhenOneCannotTakeTheGroup() {
        Warning warning = single(danaSyncs(45, "RA").warnings(), CODE);

        // 2 coordinators take 27 people (at most 20 each); Dana keeps 45 − 27 + 2 = 20
        assertEquals(2, warning.figures().get("coordinatorsNeeded"));
        assertEquals(27, warning.figures().get("mustMove"));
    }
}

package org.raciplanner.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.raciplanner.analysis.SnapshotFixture.COMMUNICATION;
import static org.raciplanner.analysis.SnapshotFixture.PROJECT;
import static org.raciplanner.analysis.SnapshotFixture.team;

import java.util.List;
import org.junit.jupiter.api.Test;

/** domain.md "Communication span": 7 local + 20 remote people, with and without a coordinator. */
class CommunicationSpansTest {

    private static CommunicationSpans spansOf(SnapshotFixture.TeamBuilder team) {
        return TeamIndex.of(team.build()).initiatives().get(0).spans();
    }

    @Test
    void aManagerWhoSyncsEveryoneHasASpanOfTwentySeven() {
        var team = team();
        long pm = team.person("Dana");
        team.initiative("Phoenix", PROJECT)
                .row(COMMUNICATION, 2).cell(COMMUNICATION, pm, "RA")
                .staff("project-manager", pm)
                .staff("delivery-team", team.people("Local", 7))
                .staff("delivery-team", team.people("Remote", 20));

        assertEquals(27, spansOf(team).spanOf(pm));
        assertEquals(1, team.warnings("COMMUNICATION_SPAN").size());
    }

    @Test
    void aCoordinatorForTheRemoteTeamLeavesTheManagerEightAndTheCoordinatorTwentyAtTheLimit() {
        var team = team();
        long pm = team.person("Dana");
        long coordinator = team.person("Cole");
        team.initiative("Phoenix", PROJECT)
                .row(COMMUNICATION, 2).cell(COMMUNICATION, pm, "RA")
                .staff("project-manager", pm)
                .staff("project-coordinator", coordinator)
                .staff("delivery-team", team.people("Local", 7))
                .staff("delivery-team", team.people("Remote", 20), coordinator);

        CommunicationSpans spans = spansOf(team);

        assertEquals(8, spans.spanOf(pm));
        assertEquals(20, spans.spanOf(coordinator));
        assertEquals(List.of(), team.warnings("COMMUNICATION_SPAN"));
    }

    @Test
    void aTwentyFirstRemotePersonPutsTheCoordinatorOverTheLimit() {
        var team = team();
        long pm = team.person("Dana");
        long coordinator = team.person("Cole");
        team.initiative("Phoenix", PROJECT)
                .row(COMMUNICATION, 2).cell(COMMUNICATION, pm, "RA")
                .staff("project-manager", pm)
                .staff("project-coordinator", coordinator)
                .staff("delivery-team", team.people("Remote", 21), coordinator);

        assertEquals(21, spansOf(team).spanOf(coordinator));
        assertEquals(coordinator, team.warnings("COMMUNICATION_SPAN").get(0).personId());
    }

    @Test
    void theAccountableCommunicatesWhenNobodyIsR() {
        var team = team();
        long sponsor = team.person("Sam");
        team.initiative("Phoenix", PROJECT)
                .row(COMMUNICATION, 2).cell(COMMUNICATION, sponsor, "A")
                .staff("delivery-team", team.people("Dev", 4));

        assertEquals(4, spansOf(team).spanOf(sponsor));
    }

    @Test
    void everyRCommunicatesButTheAccountableThenDoesNot() {
        var team = team();
        long ann = team.person("Ann");
        long ben = team.person("Ben");
        long sam = team.person("Sam");
        team.initiative("Phoenix", PROJECT)
                .row(COMMUNICATION, 2).cell(COMMUNICATION, ann, "R").cell(COMMUNICATION, ben, "R")
                .cell(COMMUNICATION, sam, "A")
                .staff("project-manager", ann).staff("account-manager", ben)
                .staff("delivery-team", team.people("Dev", 3));

        CommunicationSpans spans = spansOf(team);

        assertEquals(4, spans.spanOf(ann));
        assertEquals(4, spans.spanOf(ben));
        assertEquals(0, spans.spanOf(sam));
    }

    @Test
    void aPersonStaffedTwiceCommunicatesViaTheFirstNamedRelay() {
        var team = team();
        long pm = team.person("Dana");
        long coordinator = team.person("Cole");
        long analyst = team.person("Bea");
        team.initiative("Phoenix", PROJECT)
                .row(COMMUNICATION, 2).cell(COMMUNICATION, pm, "RA")
                .staff("project-manager", pm)
                .staff("project-coordinator", coordinator)
                .staff("business-analyst", analyst)
                .staff("delivery-team", analyst, coordinator);

        CommunicationSpans spans = spansOf(team);

        assertEquals(1, spans.spanOf(pm));
        assertEquals(1, spans.spanOf(coordinator));
    }
}

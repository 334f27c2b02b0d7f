package org.raciplanner.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.raciplanner.analysis.SnapshotFixture.COMMUNICATION;
import static org.raciplanner.analysis.SnapshotFixture.PROJECT;
import static org.raciplanner.analysis.SnapshotFixture.team;

import java.util.List;
import org.junit.jupiter.api.Test;

class LoadModelTest {

    private static final double EXACT = 1e-9;

    private static double loadOf(SnapshotFixture.TeamBuilder team, long personId) {
        TeamIndex index = TeamIndex.of(team.build());
        PersonFacts person = index.people().stream().filter(p -> p.id() == personId).findFirst().orElseThrow();
        return LoadModel.of(person, index).hours();
    }

    @Test
    void responsibleHoldersShareTheEffort() {
        var team = team();
        long ann = team.person("Ann");
        long ben = team.person("Ben");
        team.initiative("Phoenix", PROJECT).row("plan", 10).cell("plan", ann, "R").cell("plan", ben, "RA");

        assertEquals(5.0, loadOf(team, ann), EXACT);
        assertEquals(5.0 + 2.5, loadOf(team, ben), EXACT);
    }

    @Test
    void raWeighsTheWorkPlusAQuarterForOwningIt() {
        var team = team();
        long ann = team.person("Ann");
        team.initiative("Phoenix", PROJECT).row("plan", 8).cell("plan", ann, "RA");

        assertEquals(10.0, loadOf(team, ann), EXACT);
    }

    @Test
    void accountableConsultedAndInformedAddAFractionOfTheEffort() {
        var team = team();
        long ann = team.person("Ann");
        long ben = team.person("Ben");
        long cy = team.person("Cy");
        team.initiative("Phoenix", PROJECT).row("plan", 10)
                .cell("plan", ann, "A").cell("plan", ben, "C").cell("plan", cy, "I");

        assertEquals(2.5, loadOf(team, ann), EXACT);
        assertEquals(1.0, loadOf(team, ben), EXACT);
        assertEquals(0.2, loadOf(team, cy), EXACT);
    }

    @Test
    void syncingTwentySevenPeopleCostsAboutEightyPercentOfAWeek() {
        var team = team();
        long pm = team.person("Dana");
        team.initiative("Phoenix", PROJECT)
                .row(COMMUNICATION, 0).cell(COMMUNICATION, pm, "R")
                .staff("project-manager", pm)
                .staff("delivery-team", team.people("Dev", 27));

        // 2 h + 27 × 67 min / 60 = 32.15 h
        assertEquals(32.15, loadOf(team, pm), EXACT);
        Workload workload = team.workloadOf(pm);
        assertEquals(32.2, workload.loadHours());
        assertEquals(80.4, workload.loadPercent());
    }

    @Test
    void communicationIsNotSharedBetweenRHoldersAndKeepsTheAccountableQuarter() {
        var team = team();
        long ann = team.person("Ann");
        long ben = team.person("Ben");
        team.initiative("Phoenix", PROJECT)
                .row(COMMUNICATION, 4).cell(COMMUNICATION, ann, "RA").cell(COMMUNICATION, ben, "R")
                .staff("project-manager", ann).staff("account-manager", ben)
                .staff("delivery-team", team.people("Dev", 5));

        // each syncs the other and the 5 developers: 2 + 6 × 67 / 60 = 8.7 h; Ann adds 0.25 × 4 h
        assertEquals(8.7 + 1.0, loadOf(team, ann), EXACT);
        assertEquals(8.7, loadOf(team, ben), EXACT);
    }

    @Test
    void aCoordinatorCarriesTheCommunicationForThePeopleWhoGoThroughThem() {
        var team = team();
        long pm = team.person("Dana");
        long coordinator = team.person("Cole");
        team.initiative("Phoenix", PROJECT)
                .row(COMMUNICATION, 0).cell(COMMUNICATION, pm, "RA")
                .staff("project-manager", pm)
                .staff("project-coordinator", coordinator)
                .staff("delivery-team", team.people("Local", 7))
                .staff("delivery-team", team.people("Remote", 20), coordinator);

        // Dana: 2 + 8 × 67 / 60; Cole, with no letter on the row: 2 + 20 × 67 / 60
        assertEquals(2 + 8 * 67 / 60.0, loadOf(team, pm), EXACT);
        assertEquals(2 + 20 * 67 / 60.0, loadOf(team, coordinator), EXACT);
        TeamIndex index = TeamIndex.of(team.build());
        PersonLoad load = LoadModel.of(index.people().get(1), index);
        assertEquals(List.of(LoadModel.RELAY), load.contributions().stream().map(Contribution::letters).toList());
    }

    @Test
    void anRHolderWhoSyncsNobodyStillPaysTheBaseHours() {
        var team = team();
        long pm = team.person("Dana");
        team.initiative("Phoenix", PROJECT).row(COMMUNICATION, 0).cell(COMMUNICATION, pm, "R");

        assertEquals(2.0, loadOf(team, pm), EXACT);
    }

    @Test
    void usesTheInitiativesCommunicationModel() {
        var team = team();
        long pm = team.person("Dana");
        team.initiative("Phoenix", PROJECT)
                .communication(new CommunicationModel("status-reports", 1, 30))
                .row("status-reports", 0).cell("status-reports", pm, "R")
                .row(COMMUNICATION, 10).cell(COMMUNICATION, pm, "R")
                .staff("project-manager", pm)
                .staff("delivery-team", team.people("Dev", 4));

        // status reports: 1 + 4 × 30 / 60 = 3 h; the other row is an ordinary 10 h row
        assertEquals(13.0, loadOf(team, pm), EXACT);
    }
}

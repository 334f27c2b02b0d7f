package org.raciplanner.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.raciplanner.analysis.SnapshotFixture.PRODUCT;
import static org.raciplanner.analysis.SnapshotFixture.PROJECT;
import static org.raciplanner.analysis.SnapshotFixture.team;

import java.util.List;
import org.junit.jupiter.api.Test;

class WorkloadTest {

    @Test
    void countsLettersWithRaAsBothAccountableAndResponsible() {
        var team = team();
        long dana = team.person("Dana");
        team.initiative("Phoenix", PROJECT)
                .row("budget", 4).cell("budget", dana, "RA")
                .row("risk", 4).cell("risk", dana, "A")
                .row("plan", 4).cell("plan", dana, "R")
                .staff("project-manager", dana);
        team.initiative("Nova", PRODUCT)
                .row("roadmap", 10).cell("roadmap", dana, "C")
                .row("backlog", 10).cell("backlog", dana, "I")
                .staff("product-owner", dana);

        Workload workload = team.workloadOf(dana);

        assertEquals(2, workload.accountableCount());
        assertEquals(2, workload.responsibleCount());
        assertEquals(1, workload.consultedCount());
        assertEquals(1, workload.informedCount());
        assertEquals(List.of("product-owner", "project-manager"), workload.roles());
        // (4 + 1) + 1 + 4 + 1.0 + 0.2 = 11.2 h of 40 h
        assertEquals(11.2, workload.loadHours());
        assertEquals(28.0, workload.loadPercent());
        assertEquals(40.0, workload.capacityHours());
    }

    @Test
    void listsEveryoneOfTheRosterInIdOrder() {
        var team = team();
        long zed = team.person("Zed");
        long ann = team.person("Ann", 20);

        List<Workload> workload = Analysis.workload(team.build());

        assertEquals(List.of(zed, ann), workload.stream().map(Workload::personId).toList());
        assertEquals(new Workload(ann, "Ann", 20, 0, 0.0, 0, 0, 0, 0, List.of(), 0.0, SnapshotFixture.HORIZON.periods().get(0).start()), workload.get(1));
    }

    @Test
    void reportsNoPercentForSomeoneWithoutCapacity() {
        var team = team();
        long val = team.person("Val", 0);
        long idle = team.person("Ida", 0);
        team.initiative("Phoenix", PROJECT).row("plan", 1).cell("plan", val, "R");

        assertNull(team.workloadOf(val).loadPercent(), "no share of 0 h means anything");
        assertEquals(1.0, team.workloadOf(val).loadHours());
        assertNull(team.workloadOf(idle).loadPercent());
    }
}

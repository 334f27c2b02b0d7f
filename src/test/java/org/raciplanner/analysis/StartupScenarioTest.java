package org.raciplanner.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.raciplanner.analysis.SnapshotFixture.COMMUNICATION;
import static org.raciplanner.analysis.SnapshotFixture.PRODUCT;
import static org.raciplanner.analysis.SnapshotFixture.PROJECT;
import static org.raciplanner.analysis.SnapshotFixture.withCode;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * domain.md "The scenario every version must get right": Dana is project manager on Phoenix and
 * product manager and product owner on Nova; Phoenix has a delivery team of 7 local and 20 remote
 * people and nobody accountable for its budget.
 */
class StartupScenarioTest {

    private static final long DANA = 1;

    private static TeamSnapshot startup(boolean withCoordinator) {
        var team = SnapshotFixture.team()
                .conflict("product-manager", "project-manager", "One salary for two positions.")
                .conflict("product-manager", "product-owner", "A product manager looks outward, a product owner inward.");
        long dana = team.person("Dana");
        List<Long> local = team.people("Local", 7);
        List<Long> remote = team.people("Remote", 20);
        var phoenix = team.initiative("Phoenix", PROJECT)
                .requires("plan", "budget", "risk", COMMUNICATION)
                .row("plan", 8).cell("plan", dana, "RA")
                .row("budget", 3).cell("budget", dana, "R")
                .row("risk", 3).cell("risk", dana, "RA").cells("risk", local, "C")
                .row(COMMUNICATION, 2).cell(COMMUNICATION, dana, "RA")
                .cells(COMMUNICATION, local, "I").cells(COMMUNICATION, remote, "I")
                .staff("project-manager", dana)
                .staff("delivery-team", local);
        if (withCoordinator) {
            long cole = team.person("Cole");
            phoenix.staff("project-coordinator", cole).cell(COMMUNICATION, cole, "I")
                    .staff("delivery-team", remote, cole);
        } else {
            phoenix.staff("delivery-team", remote);
        }
        team.initiative("Nova", PRODUCT)
                .requires("vision", "roadmap", "backlog")
                .row("vision", 4).cell("vision", dana, "RA")
                .row("roadmap", 4).cell("roadmap", dana, "RA")
                .row("backlog", 6).cell("backlog", dana, "RA")
                .staff("product-manager", dana)
                .staff("product-owner", dana);
        return team.build();
    }

    private static Set<String> codesFor(List<Warning> warnings, long personId) {
        return warnings.stream().filter(w -> w.personId() != null && w.personId() == personId)
                .map(Warning::code).collect(Collectors.toSet());
    }

    @Test
    void reportsEveryProblemOfTheStartup() {
        List<Warning> warnings = Analysis.warnings(startup(false));

        assertTrue(codesFor(warnings, DANA).containsAll(
                Set.of("ROLE_CONFLICT", "ROLE_STACKING", "COMMUNICATION_SPAN", "CAPACITY_OVERLOAD")), warnings::toString);
        assertEquals(Set.of("Dana is both product manager and project manager.",
                        "Dana is both product manager and product owner."),
                withCode(warnings, "ROLE_CONFLICT").stream().map(Warning::message).collect(Collectors.toSet()));
        Warning span = withCode(warnings, "COMMUNICATION_SPAN").get(0);
        assertEquals(27, span.figures().get("span"));
        assertEquals(8, span.figures().get("mustMove"));
        Warning budget = withCode(warnings, "NO_ACCOUNTABLE").get(0);
        assertEquals("Nobody is accountable for 'Budget' on Phoenix.", budget.message());
        assertEquals(1, withCode(warnings, "NO_ACCOUNTABLE").size());
    }

    @Test
    void danaIsClearlyOverCapacity() {
        Warning overload = withCode(Analysis.warnings(startup(false)), "CAPACITY_OVERLOAD").get(0);

        // plan 8 + 2, budget 3, risk 3 + 0.75, communication 32.15 + 0.5, vision 5, roadmap 5, backlog 7.5
        assertEquals(66.9, overload.figures().get("loadHours"));
        assertEquals(167.3, overload.figures().get("loadPercent"));
        assertEquals(Severity.ERROR, overload.severity());
    }

    @Test
    void aCoordinatorForTheRemoteTeamEndsTheCommunicationSpanWarning() {
        TeamSnapshot snapshot = startup(true);
        List<Warning> warnings = Analysis.warnings(snapshot);

        assertEquals(List.of(), withCode(warnings, "COMMUNICATION_SPAN"));
        assertTrue(codesFor(warnings, DANA).containsAll(Set.of("ROLE_CONFLICT", "ROLE_STACKING")));
        assertEquals(8, TeamIndex.of(snapshot).initiatives().stream()
                .filter(i -> i.name().equals("Phoenix")).findFirst().orElseThrow().spans().spanOf(DANA));
    }
}

package org.raciplanner.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.raciplanner.analysis.SnapshotFixture.PROJECT;
import static org.raciplanner.analysis.SnapshotFixture.team;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class WarningOrderTest {

    private static SnapshotFixture.TeamBuilder mixedTeam() {
        var team = team();
        team.person("Zoe");
        team.person("Adam");
        long max = team.person("Max");
        team.initiative("Beta", PROJECT).row("risk", 1);
        team.initiative("Alpha", PROJECT).row("plan", 1).row("budget", 1);
        team.initiative("Gamma", PROJECT).row("ops", 100).cell("ops", max, "RA");
        return team;
    }

    private static List<String> subjects(List<Warning> warnings, TeamSnapshot snapshot) {
        TeamIndex index = TeamIndex.of(snapshot);
        return warnings.stream().map(w -> w.severity() + " " + w.code()
                + (w.initiativeId() == null ? "" : " " + index.initiativeName(w.initiativeId()))
                + (w.responsibility() == null ? "" : " " + w.responsibility())
                + (w.personId() == null ? "" : " " + index.personName(w.personId()))).toList();
    }

    @Test
    void listsBySeverityThenInitiativeThenResponsibilityThenPerson() {
        TeamSnapshot snapshot = mixedTeam().build();

        assertEquals(List.of(
                "ERROR CAPACITY_OVERLOAD Max",
                "ERROR NO_ACCOUNTABLE Alpha budget",
                "ERROR NO_ACCOUNTABLE Alpha plan",
                "ERROR NO_ACCOUNTABLE Beta risk",
                "WARNING NO_RESPONSIBLE Alpha budget",
                "WARNING NO_RESPONSIBLE Alpha plan",
                "WARNING NO_RESPONSIBLE Beta risk",
                "INFO UNASSIGNED_PERSON Adam",
                "INFO UNASSIGNED_PERSON Zoe"), subjects(Analysis.warnings(snapshot), snapshot));
    }

    @Test
    void doesNotDependOnTheOrderOfTheSnapshot() {
        TeamSnapshot snapshot = mixedTeam().build();
        List<PersonFacts> people = new ArrayList<>(snapshot.people());
        List<InitiativeFacts> initiatives = new ArrayList<>(snapshot.initiatives());
        Collections.reverse(people);
        Collections.reverse(initiatives);

        TeamSnapshot reversed = snapshot.with(people, initiatives);

        assertEquals(Analysis.warnings(snapshot), Analysis.warnings(reversed));
    }
}

package org.raciplanner.analysis;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.raciplanner.analysis.SnapshotFixture.COMMUNICATION;
import static org.raciplanner.analysis.SnapshotFixture.PRODUCT;
import static org.raciplanner.analysis.SnapshotFixture.PROJECT;
import static org.raciplanner.analysis.SnapshotFixture.single;

/** A finding keeps its id between evaluations while its figures move; two findings never share one. */
class WarningIdTest {

    @Test
    void isTheCodeAndTheKeysOfWhatTheWarningIsAbout() {
        Warning overload = new Warning("CAPACITY_OVERLOAD", Severity.ERROR, "m", "a", 7L, null, null, Map.of("loadHours", 90.0));
        assertEquals("CAPACITY_OVERLOAD:p7", overload.id());
        assertEquals("NO_ACCOUNTABLE:i3:budget", new Warning("NO_ACCOUNTABLE", Severity.ERROR, "m", "a", null, 3L, "budget",
                Map.of("responsibleCount", 1)).id());
        assertEquals("COMMUNICATION_SPAN:i3:stakeholder-communication:p7", new Warning("COMMUNICATION_SPAN", Severity.WARNING, "m", "a",
                7L, 3L, COMMUNICATION, Map.of("span", 27)).id());
        assertEquals("UNSTAFFED_ROLE:i3:sponsor", new Warning("UNSTAFFED_ROLE", Severity.WARNING, "m", "a", null, 3L, null,
                Map.of("role", "sponsor", "requiredRoles", List.of("sponsor"))).id());
        assertEquals("ROLE_CONFLICT:p7:product-manager+product-owner", new Warning("ROLE_CONFLICT", Severity.WARNING, "m", "a",
                7L, null, null, Map.of("roleA", "product-owner", "roleB", "product-manager", "reason", "r")).id(),
                "the pair in one order, whichever a template declared first");
    }

    @Test
    void staysWhenTheFiguresSeverityAndMessageMove() {
        var before = startup(40);
        var after = startup(18);
        Warning was = single(Analysis.warnings(before), "CAPACITY_OVERLOAD");
        Warning is = single(Analysis.warnings(after), "CAPACITY_OVERLOAD");
        assertNotEquals(was.figures(), is.figures());
        assertNotEquals(was.message(), is.message());
        assertEquals(was.id(), is.id());
    }

    @Test
    void noTwoFindingsOfATeamShareAnId() {
        List<Warning> warnings = Analysis.warnings(startup(40));
        Set<String> ids = new HashSet<>();
        warnings.forEach(w -> assertTrue(ids.add(w.id()), "twice: " + w.id()));
        assertEquals(2, warnings.stream().filter(w -> w.code().equals("ROLE_CONFLICT")).map(Warning::id).distinct().count());
    }

    private static TeamSnapshot startup(double danasCapacity) {
        var team = SnapshotFixture.team()
                .conflict("product-manager", "project-manager", "One salary for two positions.")
                .conflict("product-owner", "product-manager", "Outward and inward.");
        long dana = team.person("Dana", danasCapacity);
        List<Long> crew = team.people("Crew", 25);
        team.initiative("Phoenix", PROJECT).requires("plan", "budget", COMMUNICATION).needsRoles("sponsor")
                .row("plan", 8).cell("plan", dana, "RA")
                .row("budget", 3).cell("budget", dana, "R")
                .row(COMMUNICATION, 2).cell(COMMUNICATION, dana, "RA").cells(COMMUNICATION, crew, "C")
                .staff("project-manager", dana).staff("delivery-team", crew);
        team.initiative("Nova", PRODUCT).row("vision", 4).cell("vision", dana, "RA")
                .staff("product-manager", dana).staff("product-owner", dana);
        return team.build();
    }
}

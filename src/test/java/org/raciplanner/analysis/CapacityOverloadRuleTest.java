package org.raciplanner.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.raciplanner.analysis.SnapshotFixture.PRODUCT;
import static org.raciplanner.analysis.SnapshotFixture.PROJECT;
import static org.raciplanner.analysis.SnapshotFixture.single;
import static org.raciplanner.analysis.SnapshotFixture.team;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CapacityOverloadRuleTest {

    /** Dana (40 h) alone does one row of the given weekly effort. */
    private static SnapshotFixture.TeamBuilder danaDoes(double effortHours) {
        var team = team();
        long dana = team.person("Dana");
        team.initiative("Phoenix", PROJECT).row("plan", effortHours).cell("plan", dana, "R");
        return team;
    }

    @Test
    void staysQuietAtExactlyFullCapacity() {
        assertEquals(List.of(), danaDoes(40).warnings("CAPACITY_OVERLOAD"));
    }

    @Test
    void warnsAboveCapacity() {
        Warning warning = single(danaDoes(40.5).warnings(), "CAPACITY_OVERLOAD");

        assertEquals(Severity.WARNING, warning.severity());
        assertEquals(1L, warning.personId());
        // the same load every week: one window, the whole horizon (the fixture's 26 weeks from 4 Jan 2027)
        assertEquals("Dana is over capacity 4 Jan – 4 Jul 2027 (every week of the horizon), peak 101.3 %. At the peak, in the"
                + " week of 4 Jan 2027, Dana's estimated load is 40.5 h a week, 101.3 % of a 40.0 h capacity (limit 100 %).",
                warning.message());
        assertEquals(40.5, warning.figures().get("loadHours"));
        assertEquals(40.0, warning.figures().get("capacityHours"));
        assertEquals(101.3, warning.figures().get("loadPercent"));
        assertEquals(100, warning.figures().get("limitPercent"));
        assertEquals(40.0, warning.figures().get("limitHours"));
        assertEquals(0.5, warning.figures().get("excessHours"));
    }

    @Test
    void treatsAnyLoadWithoutCapacityAsAnErrorWithoutAPercentage() {
        var team = team();
        long val = team.person("Val", 0);
        team.initiative("Phoenix", PROJECT).row("plan", 0.8).cell("plan", val, "R");

        Warning warning = single(team.warnings(), "CAPACITY_OVERLOAD");

        assertEquals(Severity.ERROR, warning.severity());
        assertEquals("Val is over capacity 4 Jan – 4 Jul 2027 (every week of the horizon), not available. In the week of"
                + " 4 Jan 2027 Val holds 0.8 h but has no capacity (0 h: not available).", warning.message());
        assertTrue(warning.advice().startsWith("For 4 Jan – 4 Jul 2027, hand all 0.8 h a week over to someone else, or give"
                + " Val capacity in those weeks"), warning.advice());
        assertEquals(0.8, warning.figures().get("loadHours"));
        assertEquals(0.8, warning.figures().get("excessHours"));
        assertEquals(0, warning.figures().get("capacityHours"));
        assertFalse(warning.figures().containsKey("loadPercent"), "no share of 0 h means anything");
    }

    @Test
    void staysQuietAboutSomeoneWithoutCapacityWhoHoldsNothing() {
        var team = team();
        team.person("Val", 0);
        assertEquals(List.of(), team.warnings("CAPACITY_OVERLOAD"));
    }

    @Test
    void staysAWarningAtExactlyOneHundredFiftyPercent() {
        Warning warning = single(danaDoes(60).warnings(), "CAPACITY_OVERLOAD");

        assertEquals(Severity.WARNING, warning.severity());
        assertEquals(150.0, warning.figures().get("loadPercent"));
    }

    @Test
    void becomesAnErrorAboveOneHundredFiftyPercent() {
        Warning warning = single(danaDoes(60.5).warnings(), "CAPACITY_OVERLOAD");

        assertEquals(Severity.ERROR, warning.severity());
        assertEquals(151.3, warning.figures().get("loadPercent"));
        assertEquals(150, warning.figures().get("limitPercent"));
    }

    @Test
    void breaksTheLoadDownBiggestFirst() {
        var team = team();
        long dana = team.person("Dana");
        long ben = team.person("Ben");
        var phoenix = team.initiative("Phoenix", PROJECT)
                .row("plan", 30).cell("plan", dana, "R")
                .row("budget", 20).cell("budget", dana, "A").cell("budget", ben, "R");
        var nova = team.initiative("Nova", PRODUCT)
                .row("roadmap", 20).cell("roadmap", dana, "R").cell("roadmap", ben, "RA");

        Warning warning = single(team.warnings(), "CAPACITY_OVERLOAD");

        // 30 (plan) + 20 / 2 (shared roadmap) + 0.25 × 20 (A on budget) = 45 h
        assertEquals(45.0, warning.figures().get("loadHours"));
        assertEquals(112.5, warning.figures().get("loadPercent"));
        assertEquals(List.of(
                Map.of("initiativeId", phoenix.id(), "initiative", "Phoenix", "responsibility", "plan",
                        "letters", "R", "hours", 30.0),
                Map.of("initiativeId", nova.id(), "initiative", "Nova", "responsibility", "roadmap",
                        "letters", "R", "hours", 10.0),
                Map.of("initiativeId", phoenix.id(), "initiative", "Phoenix", "responsibility", "budget",
                        "letters", "A", "hours", 5.0)),
                warning.figures().get("breakdown"));
        assertTrue(warning.advice().startsWith("For 4 Jan – 4 Jul 2027, hand over at least 5.0 h a week to bring Dana back to 40.0 h; "
                + "the biggest items then are 'Plan' on Phoenix (R, 30.0 h), 'Roadmap' on Nova (R, 10.0 h)"), warning.advice());
    }
}

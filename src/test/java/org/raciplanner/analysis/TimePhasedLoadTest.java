package org.raciplanner.analysis;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.raciplanner.analysis.SnapshotFixture.PRODUCT;
import static org.raciplanner.analysis.SnapshotFixture.PROJECT;
import static org.raciplanner.analysis.SnapshotFixture.single;
import static org.raciplanner.analysis.SnapshotFixture.team;

/** The load week by week (planning.md, Time): every figure here is worked out by hand in its comment. */
class TimePhasedLoadTest {

    private static final LocalDate DEC_21 = LocalDate.of(2026, 12, 21);

    private static LocalDate day(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    /** Dana: 10 h a week on undated Atlas, 31 h on Phoenix from Monday 4 Jan to Wednesday 30 Jun 2027; judged from 21 Dec 2026. */
    private static SnapshotFixture.TeamBuilder phoenixAndAtlas() {
        var team = team().at(DEC_21, 30);
        long dana = team.person("Dana");
        team.initiative("Atlas", PRODUCT).row("roadmap", 10).cell("roadmap", dana, "R");
        team.initiative("Phoenix", PROJECT).dates(day(2027, 1, 4), day(2027, 6, 30)).row("plan", 31).cell("plan", dana, "R");
        return team;
    }

    private static List<Double> hours(PeriodWorkload workload, int person) {
        return workload.people().get(person).load().stream().map(PeriodWorkload.Load::loadHours).toList();
    }

    @Test
    void aDatedInitiativeWeighsOnlyInTheWeeksItRunsAcrossTheYearBoundary() {
        TeamSnapshot snapshot = phoenixAndAtlas().build();
        PeriodWorkload weeks = Analysis.workload(snapshot, snapshot.horizon().periods());
        List<String> labels = weeks.periods().stream().map(Period::label).toList();
        List<Double> dana = hours(weeks, 0);

        assertEquals(List.of("2026-W52", "2026-W53", "2027-W01"), labels.subList(0, 3));
        assertEquals(10.0, dana.get(0), "2026-W52: Atlas only");
        assertEquals(10.0, dana.get(1), "2026-W53 (28 Dec – 3 Jan): Phoenix has not started");
        assertEquals(41.0, dana.get(2), "2027-W01: Atlas 10 + Phoenix 31");
        assertEquals(41.0, dana.get(labels.indexOf("2027-W25")));
        assertEquals(28.6, dana.get(labels.indexOf("2027-W26")), "Monday to Wednesday of Phoenix: 10 + 31 × 3/5");
        assertEquals(10.0, dana.get(labels.indexOf("2027-W27")), "after Phoenix: Phoenix's 31 h are gone");
        assertEquals(List.of(0, 0, 5), weeks.initiatives().get(1).runningDays().subList(0, 3), "Phoenix's working days per week");
        assertEquals(List.of(new PeriodWorkload.Hours(weeks.initiatives().get(0).initiativeId(), 10.0),
                new PeriodWorkload.Hours(weeks.initiatives().get(1).initiativeId(), 31.0)), weeks.people().get(0).initiatives());
    }

    @Test
    void aMonthAveragesTheWeeksOfItsWorkingDays() {
        TeamSnapshot snapshot = phoenixAndAtlas().build();
        PeriodWorkload months = Analysis.workload(snapshot, Periods.months(day(2027, 1, 1), day(2027, 7, 31)));
        // January 2027 has 21 working days and Phoenix runs 20 of them (from Monday the 4th): 10 + 31 × 20/21 = 39.5
        assertEquals(List.of(39.5, 41.0, 41.0, 41.0, 41.0, 41.0, 10.0), hours(months, 0));
        assertEquals(20, months.initiatives().get(1).runningDays().get(0));
    }

    @Test
    void theOverloadNamesTheWeeksPhoenixRunsAndTheWorkloadItsPeak() {
        Warning overload = single(phoenixAndAtlas().warnings(), "CAPACITY_OVERLOAD");

        assertEquals(Severity.WARNING, overload.severity());
        assertEquals("Dana is over capacity 4 Jan – 27 Jun 2027, peak 102.5 %. At the peak, in the week of 4 Jan 2027, Dana's"
                + " estimated load is 41.0 h a week, 102.5 % of a 40.0 h capacity (limit 100 %).", overload.message());
        assertTrue(overload.advice().startsWith("For 4 Jan – 27 Jun 2027, hand over at least 1.0 h a week"), overload.advice());
        assertEquals(List.of(Map.of("from", "2027-01-04", "to", "2027-06-27", "weeks", 25, "peakStart", "2027-01-04",
                "peakHours", 41.0, "capacityHours", 40.0, "peakPercent", 102.5)), overload.figures().get("windows"));
        assertEquals(25, overload.figures().get("weeksOver"));
        assertEquals(Map.of("from", "2026-12-21", "to", "2027-07-18", "weeks", 30), overload.figures().get("horizon"));

        Workload dana = phoenixAndAtlas().workloadOf(1);
        assertEquals(10.0, dana.loadHours(), "this week, 21 Dec 2026: Atlas only");
        assertEquals(25.0, dana.loadPercent());
        assertEquals(102.5, dana.peakLoadPercent());
        assertEquals(day(2027, 1, 4), dana.peakStart());
    }

    /** planning.md: "A person on holiday who still holds an R is an overload in that week." */
    @Test
    void someoneOnHolidayWhoStillHoldsAnRIsOverloadedInExactlyThoseWeeks() {
        var team = phoenixAndAtlas();
        long local = team.person("Local 1");
        team.initiative("Launch", PROJECT).dates(day(2027, 1, 4), day(2027, 6, 30)).row("budget", 1.5).cell("budget", local, "R");
        assertEquals(List.of(), team.warnings("CAPACITY_OVERLOAD").stream().filter(w -> w.personId() == local).toList());

        team.available(local, day(2027, 2, 1), day(2027, 2, 14), 0);
        Warning overload = team.warnings("CAPACITY_OVERLOAD").stream().filter(w -> w.personId() == local).findFirst().orElseThrow();

        assertEquals(Severity.ERROR, overload.severity());
        assertEquals("Local 1 is over capacity 1 – 14 Feb 2027, not available. In the week of 1 Feb 2027 Local 1 holds 1.5 h"
                + " but has no capacity (0 h: not available).", overload.message());
        assertEquals(2, overload.figures().get("weeksOver"));
        assertEquals(0, overload.figures().get("capacityHours"));
        assertFalse(overload.figures().containsKey("loadPercent"));
        TeamSnapshot snapshot = team.build();
        List<PeriodWorkload.Load> weeks = Analysis.workload(snapshot, snapshot.horizon().periods()).people().get(1).load();
        assertEquals(new PeriodWorkload.Load(1.5, 40.0, 3.8), weeks.get(5), "2027-W04");
        assertEquals(new PeriodWorkload.Load(1.5, 0.0, null), weeks.get(6), "2027-W05: on holiday");
        assertEquals(new PeriodWorkload.Load(1.5, 0.0, null), weeks.get(7), "2027-W06: on holiday");
        assertEquals(new PeriodWorkload.Load(1.5, 40.0, 3.8), weeks.get(8), "2027-W07");
    }

    @Test
    void aHolidayStartingMidWeekLeavesThatWeekThreeFifthsShort() {
        var team = team();
        long sam = team.person("Sam");
        team.initiative("Atlas", PRODUCT).row("backlog", 20).cell("backlog", sam, "R");
        team.available(sam, day(2027, 2, 3), day(2027, 2, 12), 0);

        Warning overload = single(team.warnings(), "CAPACITY_OVERLOAD");
        TeamSnapshot snapshot = team.build();
        List<PeriodWorkload.Load> weeks = Analysis.workload(snapshot, Periods.weeks(day(2027, 2, 1), day(2027, 2, 8)))
                .people().get(0).load();

        // Monday and Tuesday at 40 h, Wednesday to Friday off: 16 h; 20 h of load is 125 %
        assertEquals(new PeriodWorkload.Load(20.0, 16.0, 125.0), weeks.get(0));
        assertEquals(new PeriodWorkload.Load(20.0, 0.0, null), weeks.get(1));
        assertEquals(Severity.ERROR, overload.severity(), "the week off entirely carries load without capacity");
        assertEquals("2027-02-08", overload.figures().get("peakStart"), "the worst week: no capacity at all");
        assertTrue(overload.message().startsWith("Sam is over capacity 1 – 14 Feb 2027, not available."), overload.message());
    }

    @Test
    void namesEveryWindowAndAdvisesOnTheWorst() {
        var team = team();
        long dana = team.person("Dana");
        team.initiative("Atlas", PRODUCT).row("roadmap", 15).cell("roadmap", dana, "R");
        team.initiative("Phoenix", PROJECT).dates(day(2027, 1, 4), day(2027, 1, 31)).row("plan", 30).cell("plan", dana, "R");
        team.initiative("Nova", PROJECT).dates(day(2027, 3, 1), day(2027, 3, 28)).row("launch", 50).cell("launch", dana, "R");

        Warning overload = single(team.warnings(), "CAPACITY_OVERLOAD");

        // January: 15 + 30 = 45 h (112.5 %); March: 15 + 50 = 65 h (162.5 %, over the error share)
        assertEquals(Severity.ERROR, overload.severity());
        assertTrue(overload.message().startsWith("Dana is over capacity 4 – 31 Jan 2027 (peak 112.5 %) and 1 – 28 Mar 2027"
                + " (peak 162.5 %). At the peak, in the week of 1 Mar 2027, Dana's estimated load is 65.0 h a week"), overload.message());
        assertEquals("For 1 – 28 Mar 2027, hand over at least 25.0 h a week to bring Dana back to 40.0 h; the biggest items then"
                + " are 'Launch' on Nova (R, 50.0 h) and 'Roadmap' on Atlas (R, 15.0 h).", overload.advice());
        assertEquals("2027-03-01", ((Map<?, ?>) overload.figures().get("worstWindow")).get("from"));
        assertEquals(150, overload.figures().get("limitPercent"));
    }

    @Test
    void anEndedInitiativeCountsNeitherForUnassignedPeopleNorForStackedRoles() {
        var team = team().at(day(2027, 7, 12), 26);
        long ann = team.person("Ann");
        long bo = team.person("Bo");
        team.initiative("Phoenix", PROJECT).dates(day(2027, 1, 4), day(2027, 6, 30))
                .row("plan", 1).cell("plan", ann, "C").cell("plan", bo, "RA")
                .staff("project-manager", bo).staff("sponsor", bo);
        team.initiative("Atlas", PRODUCT).row("roadmap", 1).cell("roadmap", bo, "RA").staff("product-manager", bo);

        Warning unassigned = single(team.warnings(), "UNASSIGNED_PERSON");
        assertEquals("Ann holds responsibilities only on initiatives that have ended (Phoenix).", unassigned.message());
        assertEquals(List.of("Phoenix"), unassigned.figures().get("endedInitiatives"));
        assertEquals(List.of(), team.warnings("ROLE_STACKING"), "Bo's Phoenix roles ended on 30 Jun");

        team.at(day(2027, 6, 30), 26);
        assertEquals(List.of(), team.warnings("UNASSIGNED_PERSON"), "on its last day Phoenix is still on");
        assertEquals(1, team.warnings("ROLE_STACKING").size());
    }

    @Test
    void aSnapshotCarriesChangedWindowsForAWhatIf() {
        var team = team();
        long sam = team.person("Sam");
        team.initiative("Atlas", PRODUCT).row("backlog", 20).cell("backlog", sam, "RA");
        TeamSnapshot snapshot = team.build();
        assertEquals(List.of(), Analysis.warnings(snapshot));

        TeamSnapshot onHoliday = snapshot.withAvailability(sam, AvailabilityWindow.overlay(snapshot.people().get(0).availability(),
                new AvailabilityWindow(day(2027, 2, 1), day(2027, 2, 7), 0, "holiday")));

        Warning overload = single(Analysis.warnings(onHoliday), "CAPACITY_OVERLOAD");
        assertEquals("2027-02-01", overload.figures().get("peakStart"));
        assertNull(((Map<?, ?>) overload.figures().get("worstWindow")).get("peakPercent"));
    }
}

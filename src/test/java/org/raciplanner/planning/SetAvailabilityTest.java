package org.raciplanner.planning;

import org.junit.jupiter.api.Test;
import org.raciplanner.analysis.Analysis;
import org.raciplanner.analysis.AvailabilityWindow;
import org.raciplanner.analysis.PeriodWorkload;
import org.raciplanner.analysis.Periods;
import org.raciplanner.snapshot.Snapshot;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * {@code setAvailability} in memory: the window is laid over the person's windows, the load by week
 * moves only in the weeks it covers, and the write it asks for is the person's whole new list.
 */
class SetAvailabilityTest {

    private static final LocalDate MON_4_JAN = LocalDate.of(2027, 1, 4);

    private final TeamFixture fixture = TeamFixture.team();
    private final long dana = fixture.person("Dana");
    private final long lee = fixture.person("Lee");
    private final TeamFixture.Matrix launch = fixture.initiative("Launch").staff("project-manager", dana)
            .staff("sponsor", lee);
    private final Snapshot.Team team = fixture.build().withAvailability(List.of(
            window(dana, "2027-01-04", "2027-03-28", 20, "Part-time")));

    @Test
    void cutsTheWindowIntoThePersonsWindowsSoNoneOverlap() {
        Applied applied = apply(holiday(dana, "2027-02-01", "2027-02-14"));
        List<Snapshot.Availability> after = List.of(window(dana, "2027-01-04", "2027-01-31", 20, "Part-time"),
                window(dana, "2027-02-01", "2027-02-14", 0, "Holiday"), window(dana, "2027-02-15", "2027-03-28", 20, "Part-time"));
        assertEquals(after, applied.after().availability());
        assertEquals(List.of(new Effect.Availability(dana, after.stream().map(SetAvailabilityTest::asWindow).toList())),
                applied.effects(), "one write: the whole list, as PUT …/availability replaces it");
        assertSame(applied.before().matrices().get(0), applied.after().matrices().get(0), "no matrix changes");
    }

    @Test
    void movesTheWeeklyFiguresOnlyInTheWeeksTheWindowCovers() {
        Applied applied = apply(holiday(dana, "2027-02-03", "2027-02-14"));
        List<PeriodWorkload.Load> before = weeks(applied.before(), dana);
        List<PeriodWorkload.Load> after = weeks(applied.after(), dana);
        List<Integer> moved = new ArrayList<>();
        for (int week = 0; week < before.size(); week++) {
            assertEquals(before.get(week).loadHours(), after.get(week).loadHours(), "the work stays: week " + week);
            if (!before.get(week).equals(after.get(week))) {
                moved.add(week);
            }
        }
        assertEquals(List.of(4, 5), moved, "the weeks of 1 and 8 February only");
        assertEquals(20 * 2 / 5.0, after.get(4).capacityHours(), 0.01, "Monday and Tuesday of the part-time 20 h remain");
        assertEquals(0, after.get(5).capacityHours());
        assertEquals(null, after.get(5).loadPercent(), "no capacity: no percentage, as the workload shows it");
        assertEquals(weeks(applied.before(), lee), weeks(applied.after(), lee), "nobody else moves");
    }

    @Test
    void replacesAWindowItCoversAndChangesNothingWhenItIsAlreadySo() {
        Applied applied = apply(new SetAvailability(PersonRef.of(dana), LocalDate.of(2026, 12, 1), LocalDate.of(2027, 6, 30),
                BigDecimal.valueOf(30), null));
        assertEquals(List.of(window(dana, "2026-12-01", "2027-06-30", 30, null)), applied.after().availability());
        Applied again = apply(new SetAvailability(PersonRef.of(dana), MON_4_JAN, LocalDate.of(2027, 3, 28), BigDecimal.valueOf(20),
                "Part-time"));
        assertEquals(List.of(), again.effects());
        assertEquals(team.availability(), again.after().availability());
    }

    @Test
    void givesAPersonTheListAddsAWindowByTheirRef() {
        Applied applied = apply(new AddPerson("new:ana", "Ana", "ana@example.com", null, null, null),
                new SetAvailability(PersonRef.ref("new:ana"), MON_4_JAN, LocalDate.of(2027, 1, 8), BigDecimal.ZERO, null));
        assertEquals(window(-1, "2027-01-04", "2027-01-08", 0, null), applied.after().availability().get(0), "by person, then date");
        assertEquals(new Effect.Availability(-1, List.of(new AvailabilityWindow(MON_4_JAN, LocalDate.of(2027, 1, 8), 0, null))),
                applied.effects().get(1));
    }

    @Test
    void namesAPersonTheTeamDoesNotHave() {
        InvalidChanges refused = assertThrows(InvalidChanges.class, () -> apply(holiday(404, "2027-02-01", "2027-02-14"),
                new SetAvailability(PersonRef.ref("new:bo"), MON_4_JAN, MON_4_JAN, BigDecimal.ZERO, null)));
        assertEquals(List.of("changes[0].person: person 404 is not on this team",
                "changes[1].person: \"new:bo\" is not the ref of an earlier addPerson change"),
                refused.issues().stream().map(i -> i.field() + ": " + i.message()).toList());
    }

    @Test
    void readsTheFieldsAsThePutOfAvailabilityTakesThem() {
        InvalidChanges refused = assertThrows(InvalidChanges.class, () -> Changes.read(List.of(
                Map.of("type", "setAvailability", "person", BigDecimal.ONE, "from", "2027-05-10", "to", "2027-05-01",
                        "capacityHours", BigDecimal.valueOf(-1)),
                Map.of("type", "setAvailability", "person", BigDecimal.ONE, "from", "2027-13-01", "to", "+10000-01-01",
                        "capacityHours", BigDecimal.ZERO, "hours", BigDecimal.ONE),
                Map.of("type", "setAvailability", "person", BigDecimal.ONE, "from", BigDecimal.TEN, "capacityHours", BigDecimal.ZERO,
                        "note", "Two\nlines"))));
        assertEquals(List.of(
                "changes[0].to: must not be before from (2027-05-10), not 2027-05-01",
                "changes[0].capacityHours: must be a number of hours from 0 to 168, not -1",
                "changes[1].from: must be a date like 2027-03-24, not \"2027-13-01\"",
                "changes[1].to: must be a date of the years 1 to 9999, not \"+10000-01-01\"",
                "changes[1].hours: is not a field of setAvailability",
                "changes[2].from: must be a string, not 10",
                "changes[2].to: is required",
                "changes[2].note: must not contain control characters such as line breaks"),
                refused.issues().stream().map(i -> i.field() + ": " + i.message()).toList());
    }

    private Applied apply(Change... changes) {
        return Changes.apply(team, TeamFixture.templates(), List.of(changes));
    }

    private static SetAvailability holiday(long person, String from, String to) {
        return new SetAvailability(PersonRef.of(person), LocalDate.parse(from), LocalDate.parse(to), BigDecimal.ZERO, "Holiday");
    }

    private static List<PeriodWorkload.Load> weeks(Snapshot.Team team, long person) {
        return Analysis.workload(TeamFixture.facts(team), Periods.weeks(MON_4_JAN, LocalDate.of(2027, 3, 28))).people().stream()
                .filter(p -> p.personId() == person).findFirst().orElseThrow().load();
    }

    private static Snapshot.Availability window(long person, String from, String to, double hours, String note) {
        return new Snapshot.Availability(person, LocalDate.parse(from), LocalDate.parse(to), BigDecimal.valueOf(hours), note);
    }

    private static AvailabilityWindow asWindow(Snapshot.Availability a) {
        return new AvailabilityWindow(a.from(), a.to(), a.capacityHours().doubleValue(), a.note());
    }
}

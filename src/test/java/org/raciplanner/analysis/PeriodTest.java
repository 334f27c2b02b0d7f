package org.raciplanner.analysis;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PeriodTest {

    private static LocalDate day(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    @Test
    void theLastDaysOf2026FallInIsoWeek53AndTheFirstWeekOf2027StartsOnTheFourth() {
        Period week53 = Period.isoWeek(day(2026, 12, 31));
        assertEquals(new Period(day(2026, 12, 28), day(2027, 1, 3)), week53);
        assertEquals("2026-W53", week53.label());
        assertEquals(week53, Period.isoWeek(day(2027, 1, 1)), "1 Jan 2027 is a Friday of 2026's week 53");
        assertEquals("2027-W01", Period.isoWeek(day(2027, 1, 4)).label());
    }

    @Test
    void weeksCoverTheSpanAcrossTheYearBoundary() {
        List<Period> weeks = Periods.weeks(day(2026, 12, 23), day(2027, 1, 4));
        assertEquals(List.of("2026-W52", "2026-W53", "2027-W01"), weeks.stream().map(Period::label).toList());
        assertEquals(day(2026, 12, 21), weeks.get(0).start(), "whole weeks: from the Monday of the first");
        assertEquals(day(2027, 1, 10), weeks.get(2).end(), "to the Sunday of the last");
    }

    @Test
    void monthsCoverTheSpanWithTheirWorkingDays() {
        List<Period> months = Periods.months(day(2027, 1, 15), day(2027, 3, 1));
        assertEquals(List.of("2027-01", "2027-02", "2027-03"), months.stream().map(Period::label).toList());
        assertEquals(List.of(21, 20, 23), months.stream().map(Period::workingDays).toList());
    }

    @Test
    void aHorizonStartsInTheWeekOfItsDate() {
        List<Period> weeks = new Horizon(day(2026, 12, 30), 3).periods();
        assertEquals(List.of("2026-W53", "2027-W01", "2027-W02"), weeks.stream().map(Period::label).toList());
        assertThrows(IllegalArgumentException.class, () -> new Horizon(day(2027, 1, 4), 0));
        assertThrows(IllegalArgumentException.class, () -> new Horizon(day(2027, 1, 4), 157));
    }

    @Test
    void countsOnlyWorkingDaysWithinASpan() {
        Period lastWeekOfPhoenix = Period.isoWeek(day(2027, 6, 28));
        assertEquals(5, lastWeekOfPhoenix.workingDays());
        assertEquals(3, lastWeekOfPhoenix.workingDaysWithin(day(2027, 1, 4), day(2027, 6, 30)), "Monday to Wednesday");
        assertEquals(5, lastWeekOfPhoenix.workingDaysWithin(null, null), "open ends: all of it");
        assertEquals(0, lastWeekOfPhoenix.workingDaysWithin(day(2027, 7, 3), day(2027, 7, 4)), "a weekend is no working day");
        assertEquals(0, lastWeekOfPhoenix.workingDaysWithin(null, day(2027, 6, 27)), "ended the day before");
    }

    @Test
    void countsWorkingDaysOfLongSpansInConstantTimeAndCorrectly() {
        LocalDate first = day(2026, 12, 2);
        for (int length = 0; length < 40; length++) {
            LocalDate last = first.plusDays(length);
            long expected = first.datesUntil(last.plusDays(1)).filter(d -> d.getDayOfWeek().getValue() <= 5).count();
            assertEquals(expected, Period.workingDaysBetween(first, last), first + " – " + last);
        }
        assertEquals(52 * 5 + 1, Period.workingDaysBetween(day(2027, 1, 1), day(2027, 12, 31)), "2027: 261 working days");
    }
}

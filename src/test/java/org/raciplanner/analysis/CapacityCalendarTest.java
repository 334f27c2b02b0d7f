package org.raciplanner.analysis;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CapacityCalendarTest {

    private static LocalDate day(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    private static AvailabilityWindow window(LocalDate from, LocalDate to, double hours) {
        return new AvailabilityWindow(from, to, hours, null);
    }

    private static double week(CapacityCalendar calendar, LocalDate monday) {
        return calendar.hoursIn(Period.isoWeek(monday));
    }

    @Test
    void withoutWindowsEveryWeekHasTheUsualHours() {
        CapacityCalendar calendar = new CapacityCalendar(32, List.of());
        assertEquals(32, week(calendar, day(2026, 12, 28)));
        assertEquals(32, calendar.hoursIn(Period.month(day(2027, 2, 1))));
    }

    @Test
    void aHolidayOfAWholeWeekLeavesNoCapacity() {
        CapacityCalendar calendar = new CapacityCalendar(40, List.of(window(day(2027, 2, 1), day(2027, 2, 7), 0)));
        assertEquals(40, week(calendar, day(2027, 1, 25)));
        assertEquals(0, week(calendar, day(2027, 2, 1)));
        assertEquals(40, week(calendar, day(2027, 2, 8)));
    }

    /** A window that starts on a Wednesday takes three of that week's five working days. */
    @Test
    void aWindowStartingMidWeekCountsForItsWorkingDaysOnly() {
        CapacityCalendar calendar = new CapacityCalendar(40, List.of(window(day(2027, 2, 3), day(2027, 2, 9), 0)));
        assertEquals(16, week(calendar, day(2027, 2, 1)), "Monday and Tuesday at 40 h: 2/5 × 40");
        assertEquals(24, week(calendar, day(2027, 2, 8)), "Monday and Tuesday off: 3/5 × 40");
        CapacityCalendar partTime = new CapacityCalendar(40, List.of(window(day(2027, 2, 3), day(2027, 2, 5), 20)));
        assertEquals(28, week(partTime, day(2027, 2, 1)), "2/5 × 40 + 3/5 × 20");
    }

    @Test
    void aWindowAcrossTheYearBoundaryCoversWeek53() {
        CapacityCalendar calendar = new CapacityCalendar(40, List.of(window(day(2026, 12, 21), day(2027, 1, 10), 20)));
        assertEquals(20, week(calendar, day(2026, 12, 21)));
        assertEquals(20, week(calendar, day(2026, 12, 28)), "2026-W53");
        assertEquals(20, week(calendar, day(2027, 1, 4)), "2027-W01");
        assertEquals(40, week(calendar, day(2027, 1, 11)));
    }

    @Test
    void aWeekendWindowChangesNothing() {
        CapacityCalendar calendar = new CapacityCalendar(40, List.of(window(day(2027, 2, 6), day(2027, 2, 7), 0)));
        assertEquals(40, week(calendar, day(2027, 2, 1)));
    }

    @Test
    void aMonthAveragesItsWorkingDays() {
        // February 2027 has 20 working days; a holiday from 1 to 12 February takes 10 of them
        CapacityCalendar calendar = new CapacityCalendar(40, List.of(window(day(2027, 2, 1), day(2027, 2, 12), 0)));
        assertEquals(20, calendar.hoursIn(Period.month(day(2027, 2, 1))));
    }

    @Test
    void refusesOverlappingWindowsAndWindowsThatEndBeforeTheyStart() {
        assertThrows(IllegalArgumentException.class, () -> new CapacityCalendar(40, List.of(
                window(day(2027, 2, 1), day(2027, 2, 10), 0), window(day(2027, 2, 10), day(2027, 2, 20), 20))));
        assertThrows(IllegalArgumentException.class, () -> window(day(2027, 2, 10), day(2027, 2, 1), 0));
        assertThrows(IllegalArgumentException.class, () -> window(day(2027, 2, 1), day(2027, 2, 1), -1));
        assertArrayEquals(new int[]{2, 0}, AvailabilityWindow.firstOverlap(List.of(window(day(2027, 2, 1), day(2027, 2, 10), 0),
                window(day(2027, 3, 1), day(2027, 3, 10), 0), window(day(2027, 2, 10), day(2027, 2, 12), 0))),
                "the third window overlaps the first: named by their places in the list");
    }

    @Test
    void aWindowLaidOverOthersCutsThemAroundIt() {
        List<AvailabilityWindow> before = List.of(window(day(2027, 2, 1), day(2027, 2, 28), 20));
        List<AvailabilityWindow> after = AvailabilityWindow.overlay(before, window(day(2027, 2, 10), day(2027, 2, 12), 0));
        assertEquals(List.of(window(day(2027, 2, 1), day(2027, 2, 9), 20), window(day(2027, 2, 10), day(2027, 2, 12), 0),
                window(day(2027, 2, 13), day(2027, 2, 28), 20)), after);
        new CapacityCalendar(40, after);
    }
}

package org.raciplanner.analysis;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Objects;

/**
 * A span of days the load is figured over: an ISO week (Monday to Sunday) or a calendar month,
 * both ends included. Load and capacity are counted on working days (Monday to Friday), each a
 * fifth of a week, so a period's figure is the average week over its working days; weekends count
 * for nothing, in a window or an initiative alike.
 */
public record Period(LocalDate start, LocalDate end) {

    static final int WORKING_DAYS_A_WEEK = 5;

    public Period {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("a period ends on or after its start, not " + start + " – " + end);
        }
    }

    /** The ISO week (Monday to Sunday) that holds the day. */
    public static Period isoWeek(LocalDate day) {
        LocalDate monday = day.with(DayOfWeek.MONDAY);
        return new Period(monday, monday.plusDays(6));
    }

    /** The calendar month that holds the day. */
    public static Period month(LocalDate day) {
        LocalDate first = day.withDayOfMonth(1);
        return new Period(first, first.plusMonths(1).minusDays(1));
    }

    /** "2026-W53" for an ISO week (the week-based year, which may differ from the calendar year), "2027-01" for a month. */
    public String label() {
        if (isIsoWeek()) {
            return String.format("%d-W%02d", start.get(IsoFields.WEEK_BASED_YEAR), start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        }
        return String.format("%d-%02d", start.getYear(), start.getMonthValue());
    }

    public int workingDays() {
        return workingDaysBetween(start, end);
    }

    /**
     * The working days of this period that fall within {@code from} – {@code to} (both included; a
     * null end is open): how much of the period an initiative runs or a window covers.
     */
    public int workingDaysWithin(LocalDate from, LocalDate to) {
        LocalDate first = from == null || from.isBefore(start) ? start : from;
        LocalDate last = to == null || to.isAfter(end) ? end : to;
        return last.isBefore(first) ? 0 : workingDaysBetween(first, last);
    }

    private boolean isIsoWeek() {
        return start.getDayOfWeek() == DayOfWeek.MONDAY && end.equals(start.plusDays(6));
    }

    /** Monday to Friday between the two days, both included; in constant time, whatever the span. */
    static int workingDaysBetween(LocalDate first, LocalDate last) {
        long days = last.toEpochDay() - first.toEpochDay() + 1;
        long count = days / 7 * WORKING_DAYS_A_WEEK;
        LocalDate day = first.plusDays(days / 7 * 7);
        for (; !day.isAfter(last); day = day.plusDays(1)) {
            if (day.getDayOfWeek().getValue() <= DayOfWeek.FRIDAY.getValue()) {
                count++;
            }
        }
        return Math.toIntExact(count);
    }
}

package org.raciplanner.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The periods that cover a span of days: every ISO week, or every month, that holds one of its days. */
public final class Periods {

    private Periods() {
    }

    public static List<Period> weeks(LocalDate from, LocalDate to) {
        requireOrdered(from, to);
        List<Period> weeks = new ArrayList<>();
        for (Period week = Period.isoWeek(from); !week.start().isAfter(to); week = Period.isoWeek(week.end().plusDays(1))) {
            weeks.add(week);
        }
        return List.copyOf(weeks);
    }

    public static List<Period> months(LocalDate from, LocalDate to) {
        requireOrdered(from, to);
        List<Period> months = new ArrayList<>();
        for (Period month = Period.month(from); !month.start().isAfter(to); month = Period.month(month.end().plusDays(1))) {
            months.add(month);
        }
        return List.copyOf(months);
    }

    private static void requireOrdered(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("from " + from + " is after to " + to);
        }
    }
}

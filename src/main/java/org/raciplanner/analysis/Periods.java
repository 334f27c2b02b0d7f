package org.raciplanner.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** The periods that cover a span of days: every ISO week, or every month, that holds one of its days. */
public final class Periods {

    private Periods() {
    }

    public static List<Period> weeks(LocalDate from, LocalDate to) {
        return cover(from, to, Period::isoWeek);
    }

    public static List<Period> months(LocalDate from, LocalDate to) {
        return cover(from, to, Period::month);
    }

    /** The period holding {@code from}, then the one after each, until one starts after {@code to}. */
    private static List<Period> cover(LocalDate from, LocalDate to, Function<LocalDate, Period> periodOf) {
        requireOrdered(from, to);
        List<Period> periods = new ArrayList<>();
        for (Period period = periodOf.apply(from); !period.start().isAfter(to); period = periodOf.apply(period.end().plusDays(1))) {
            periods.add(period);
        }
        return List.copyOf(periods);
    }

    private static void requireOrdered(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("from " + from + " is after to " + to);
        }
    }
}

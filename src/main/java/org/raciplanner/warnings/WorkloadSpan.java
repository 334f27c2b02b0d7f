package org.raciplanner.warnings;

import io.micronaut.core.annotation.Nullable;
import org.raciplanner.analysis.Horizon;
import org.raciplanner.analysis.Period;
import org.raciplanner.analysis.Periods;
import org.raciplanner.api.ApiException;
import org.raciplanner.api.QueryValues;

import java.time.LocalDate;
import java.util.List;

/**
 * The span and step of {@code GET …/workload?from=&to=&by=}: without {@code from} it starts today,
 * without {@code to} it runs the team's horizon (its weeks from the start), and it is cut into whole
 * ISO weeks or calendar months. At most three years, so nobody asks for a century of weeks.
 */
record WorkloadSpan(@Nullable LocalDate from, @Nullable LocalDate to, boolean monthly) {

    static final int MAX_YEARS = 3;

    /** Whether the request asks for periods at all: the plain workload is asked with none of the three. */
    static boolean asked(@Nullable String from, @Nullable String to, @Nullable String by) {
        return from != null || to != null || by != null;
    }

    static WorkloadSpan parse(@Nullable String from, @Nullable String to, @Nullable String by) {
        boolean monthly = QueryValues.oneOf("by", by, List.of("week", "month"), "week").equals("month");
        return new WorkloadSpan(QueryValues.date("from", from), QueryValues.date("to", to), monthly);
    }

    /** The periods, the open ends filled in from the team's horizon. */
    List<Period> periods(Horizon horizon) {
        LocalDate start = from != null ? from : horizon.at();
        LocalDate end = to != null ? to : Period.isoWeek(start).start().plusWeeks(horizon.weeks()).minusDays(1);
        if (end.isBefore(start)) {
            throw from != null
                    ? ApiException.invalidField("from", "must not be after to (" + end + "), not " + start)
                    : ApiException.invalidField("to", "must not be before from (today, " + start + "), not " + end);
        }
        if (end.isAfter(start.plusYears(MAX_YEARS))) {
            throw ApiException.invalidField("to", "must be at most " + MAX_YEARS + " years after from (" + start
                    + "), so no later than " + start.plusYears(MAX_YEARS) + ", not " + end);
        }
        return monthly ? Periods.months(start, end) : Periods.weeks(start, end);
    }
}

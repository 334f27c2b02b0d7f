package org.raciplanner.analysis;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * When the team is judged: the evaluation date ("today", or the date asked for) and the weeks the
 * load is looked at, the ISO week holding that date and the {@code weeks - 1} after it. The service
 * decides the date; the analysis never reads a clock. Initiatives that ended before the date are
 * over: they cost nobody time and count in no role or letter tally of the rules about structure.
 */
public record Horizon(LocalDate at, int weeks) {

    /** Three years: the longest span the API lets anyone ask for. */
    public static final int MAX_WEEKS = 156;
    public static final int DEFAULT_WEEKS = 26;

    public Horizon {
        Objects.requireNonNull(at, "at");
        if (weeks < 1 || weeks > MAX_WEEKS) {
            throw new IllegalArgumentException("a horizon has 1 to " + MAX_WEEKS + " weeks, not " + weeks);
        }
    }

    public List<Period> periods() {
        return Periods.weeks(at, Period.isoWeek(at).start().plusWeeks(weeks - 1L));
    }

    /** Whether something that ended on {@code endDate} (null: open) is over at the evaluation date. */
    boolean hasEnded(LocalDate endDate) {
        return endDate != null && endDate.isBefore(at);
    }
}

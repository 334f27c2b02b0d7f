package org.raciplanner.initiative;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DateRangeTest {

    @Test
    void allowsOpenEndsAndOneDayInitiatives() {
        LocalDate day = LocalDate.of(2026, 11, 23);
        assertDoesNotThrow(() -> new DateRange(null, null));
        assertDoesNotThrow(() -> new DateRange(day, null));
        assertDoesNotThrow(() -> new DateRange(null, day));
        assertDoesNotThrow(() -> new DateRange(day, day));
    }

    @Test
    void refusesAnEndBeforeTheStart() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new DateRange(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 11, 1)));
        assertEquals("endDate 2026-11-01 is before startDate 2026-12-01", e.getMessage());
    }
}

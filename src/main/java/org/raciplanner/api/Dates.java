package org.raciplanner.api;

import java.time.LocalDate;

/**
 * The dates the API takes: years of four digits. ISO dates may carry a sign and more, up to the
 * year 999,999,999, and weeks added to those overflow what a date can hold (or the database store).
 */
public final class Dates {

    public static final String OUT_OF_RANGE = "must be a date of the years 1 to 9999";

    private Dates() {
    }

    public static boolean inRange(LocalDate date) {
        return date.getYear() >= 1 && date.getYear() <= 9999;
    }
}
